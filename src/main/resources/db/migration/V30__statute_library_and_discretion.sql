-- Discretion: the statute library, the violation catalogue, discretion standards (裁量基准) per
-- jurisdiction and the procedure rules. All of it is law-data with citations, seeded by V31-V33
-- and maintained by the legal department afterwards.

CREATE TABLE laws (
    id                BIGSERIAL PRIMARY KEY,
    code              VARCHAR(30)  NOT NULL,
    name_zh           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(300) NOT NULL,
    version_label_zh  VARCHAR(50),
    version_label_en  VARCHAR(80),
    effective_from    DATE         NOT NULL,
    repealed_on       DATE,
    -- What still needs checking before the text is cited in production.
    review_note       TEXT,
    CONSTRAINT laws_dates CHECK (repealed_on IS NULL OR repealed_on > effective_from)
);
CREATE UNIQUE INDEX laws_code_uk ON laws (code);

-- An article, or one paragraph (款) or item (项) of it; a citation names exactly what it points at.
CREATE TABLE law_articles (
    id              BIGSERIAL PRIMARY KEY,
    law_id          BIGINT NOT NULL REFERENCES laws (id),
    article_no      INT    NOT NULL,
    paragraph_no    INT,
    item_no         INT,
    text_zh         TEXT   NOT NULL,
    effective_from  DATE,
    repealed_on     DATE,
    CONSTRAINT law_articles_positive CHECK (article_no > 0 AND (paragraph_no IS NULL OR paragraph_no > 0)
                                            AND (item_no IS NULL OR item_no > 0))
);
CREATE UNIQUE INDEX law_articles_uk ON law_articles (law_id, article_no, paragraph_no, item_no) NULLS NOT DISTINCT;

CREATE TABLE violations (
    id                  BIGSERIAL PRIMARY KEY,
    code                VARCHAR(20)  NOT NULL,
    domain              VARCHAR(20)  NOT NULL,
    name_zh             VARCHAR(300) NOT NULL,
    name_en             VARCHAR(300) NOT NULL,
    -- The article the conduct breaks, and the article that punishes it.
    breach_article_id   BIGINT       NOT NULL REFERENCES law_articles (id),
    penalty_article_id  BIGINT       NOT NULL REFERENCES law_articles (id),
    -- Penalty points per MPS Order No. 163; 0 where the code carries none.
    points              INT          NOT NULL DEFAULT 0,
    points_article_id   BIGINT       REFERENCES law_articles (id),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT violations_domain CHECK (domain IN ('TRAFFIC', 'PUBLIC_ORDER')),
    CONSTRAINT violations_points CHECK (points IN (0, 1, 3, 6, 9, 12)),
    CONSTRAINT violations_points_cited CHECK (points = 0 OR points_article_id IS NOT NULL)
);
CREATE UNIQUE INDEX violations_code_uk ON violations (code);
CREATE INDEX violations_domain_idx ON violations (domain, code);

-- Circumstances that select a grade, each with its legal basis (an article, or the standard itself).
CREATE TABLE discretion_circumstances (
    id           BIGSERIAL PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    grade        VARCHAR(20)  NOT NULL,
    domain       VARCHAR(20)  NOT NULL,
    name_zh      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    article_id   BIGINT REFERENCES law_articles (id),
    citation_zh  VARCHAR(200),
    citation_en  VARCHAR(200),
    CONSTRAINT discretion_circumstances_grade CHECK (grade IN ('NO_PENALTY', 'MITIGATED', 'LIGHTER', 'HEAVIER')),
    CONSTRAINT discretion_circumstances_domain CHECK (domain IN ('ALL', 'TRAFFIC', 'PUBLIC_ORDER')),
    CONSTRAINT discretion_circumstances_cited CHECK (article_id IS NOT NULL OR citation_zh IS NOT NULL)
);
CREATE UNIQUE INDEX discretion_circumstances_code_uk ON discretion_circumstances (code);

-- One version of the standard for one violation in one jurisdiction (an administrative division
-- code: 000000 national statutory range, 990000 a province, 990100 a city). Versions are never
-- changed: an edit inserts the next version. The version in force on a day is the one with the
-- latest effective date not after it, in the most local jurisdiction that has one.
CREATE TABLE discretion_standards (
    id                    BIGSERIAL PRIMARY KEY,
    jurisdiction_code     VARCHAR(6)   NOT NULL,
    jurisdiction_name_zh  VARCHAR(100) NOT NULL,
    jurisdiction_name_en  VARCHAR(100) NOT NULL,
    violation_id          BIGINT       NOT NULL REFERENCES violations (id),
    version_no            INT          NOT NULL,
    effective_from        DATE         NOT NULL,
    basis_zh              VARCHAR(300) NOT NULL,
    basis_en              VARCHAR(300) NOT NULL,
    change_note           TEXT,
    created_by            BIGINT,
    created_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT discretion_standards_jurisdiction CHECK (jurisdiction_code ~ '^[0-9]{6}$'),
    CONSTRAINT discretion_standards_version CHECK (version_no > 0)
);
CREATE UNIQUE INDEX discretion_standards_uk ON discretion_standards (jurisdiction_code, violation_id, version_no);
CREATE INDEX discretion_standards_lookup_idx ON discretion_standards (violation_id, jurisdiction_code, effective_from DESC, version_no DESC);

CREATE TABLE discretion_grades (
    id                   BIGSERIAL PRIMARY KEY,
    standard_id          BIGINT      NOT NULL REFERENCES discretion_standards (id),
    grade                VARCHAR(20) NOT NULL,
    warning_allowed      BOOLEAN     NOT NULL,
    -- Money in fen. A missing minimum means any amount up to the maximum.
    fine_min_fen         BIGINT,
    fine_max_fen         BIGINT,
    fine_required        BOOLEAN     NOT NULL,
    detention_min_days   INT,
    detention_max_days   INT,
    detention_required   BOOLEAN     NOT NULL,
    licence_action       VARCHAR(10) NOT NULL DEFAULT 'NONE',
    licence_months_min   INT,
    licence_months_max   INT,
    licence_required     BOOLEAN     NOT NULL DEFAULT FALSE,
    vehicle_seizure      BOOLEAN     NOT NULL DEFAULT FALSE,
    note_zh              TEXT,
    note_en              TEXT,
    CONSTRAINT discretion_grades_grade CHECK (grade IN ('NO_PENALTY', 'MITIGATED', 'LIGHTER', 'ORDINARY', 'HEAVIER')),
    CONSTRAINT discretion_grades_fine CHECK (fine_max_fen IS NULL AND fine_min_fen IS NULL AND NOT fine_required
        OR fine_max_fen > 0 AND (fine_min_fen IS NULL OR fine_min_fen BETWEEN 1 AND fine_max_fen)),
    CONSTRAINT discretion_grades_detention CHECK (detention_max_days IS NULL AND detention_min_days IS NULL AND NOT detention_required
        OR detention_min_days BETWEEN 1 AND detention_max_days),
    CONSTRAINT discretion_grades_licence CHECK (licence_action IN ('NONE', 'SUSPEND', 'REVOKE')
        AND (licence_action <> 'NONE' OR NOT licence_required)
        AND (licence_action = 'SUSPEND') = (licence_months_min IS NOT NULL)
        AND (licence_months_min IS NULL OR licence_months_min BETWEEN 1 AND licence_months_max))
);
CREATE UNIQUE INDEX discretion_grades_uk ON discretion_grades (standard_id, grade);

CREATE TABLE discretion_standard_circumstances (
    standard_id      BIGINT NOT NULL REFERENCES discretion_standards (id),
    circumstance_id  BIGINT NOT NULL REFERENCES discretion_circumstances (id),
    PRIMARY KEY (standard_id, circumstance_id)
);

-- Procedure rules: the kind is checked in code; limits, scope and citation are data.
CREATE TABLE procedure_rules (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    domain          VARCHAR(20)  NOT NULL,
    offender        VARCHAR(20)  NOT NULL DEFAULT 'ANY',
    limit_fen       BIGINT,
    name_zh         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    article_id      BIGINT       NOT NULL REFERENCES law_articles (id),
    effective_from  DATE         NOT NULL,
    repealed_on     DATE,
    CONSTRAINT procedure_rules_kind CHECK (kind IN ('SIMPLE_FINE_LIMIT', 'SIMPLE_KINDS', 'MANDATORY_POINTS', 'MANDATORY_DETENTION',
        'MANDATORY_LICENCE', 'HEARING_NOTICE', 'HEARING_NOTICE_REVOCATION', 'OUT_OF_RANGE_REASON',
        'LEGAL_REVIEW_OUT_OF_RANGE', 'LEGAL_REVIEW_HEARING')),
    CONSTRAINT procedure_rules_domain CHECK (domain IN ('ALL', 'TRAFFIC', 'PUBLIC_ORDER')),
    CONSTRAINT procedure_rules_offender CHECK (offender IN ('ANY', 'CITIZEN', 'ORGANIZATION')),
    CONSTRAINT procedure_rules_limit CHECK ((kind IN ('SIMPLE_FINE_LIMIT', 'HEARING_NOTICE')) = (limit_fen IS NOT NULL))
);
CREATE UNIQUE INDEX procedure_rules_code_uk ON procedure_rules (code);
