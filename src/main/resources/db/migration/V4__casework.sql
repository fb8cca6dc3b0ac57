-- Casework: cases from intake to closing, their parties, materials, compulsory measures,
-- deadlines and timeline. Other modules' rows (units, officers) are referenced by id only.

CREATE TABLE cases (
    id                  BIGSERIAL PRIMARY KEY,
    case_number         VARCHAR(40)  NOT NULL,
    case_type           VARCHAR(20)  NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    summary             TEXT         NOT NULL,
    report_source       VARCHAR(20)  NOT NULL,
    reporter_name       VARCHAR(50),
    reporter_phone      VARCHAR(20),
    occurred_at         TIMESTAMPTZ,
    occurred_place      VARCHAR(200),
    reported_at         TIMESTAMPTZ  NOT NULL,
    unit_id             BIGINT       NOT NULL,
    unit_path           VARCHAR(400) NOT NULL,
    handler_id          BIGINT,
    co_handler_id       BIGINT,
    registered_by       BIGINT       NOT NULL,
    accepted_at         TIMESTAMPTZ,
    filed_at            TIMESTAMPTZ,
    decided_at          TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    decision_kind       VARCHAR(30),
    decision_summary    TEXT,
    non_filing_reason   TEXT,
    revocation_reason   TEXT,
    -- Earliest due time among the case's open deadlines, kept in step so lists can sort and
    -- filter on it through an index.
    next_deadline_at    TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT cases_type CHECK (case_type IN ('ADMINISTRATIVE', 'CRIMINAL')),
    CONSTRAINT cases_state CHECK (state IN ('REGISTERED', 'ACCEPTED', 'FILED', 'NOT_FILED', 'INVESTIGATING',
                                            'DECIDED', 'CLOSED', 'REVOKED')),
    CONSTRAINT cases_handlers_differ CHECK (co_handler_id IS NULL OR co_handler_id <> handler_id)
);
CREATE UNIQUE INDEX cases_number_uk ON cases (case_number);
CREATE INDEX cases_unit_path_idx ON cases (unit_path varchar_pattern_ops, reported_at DESC);
CREATE INDEX cases_state_idx ON cases (state, reported_at DESC);
CREATE INDEX cases_handler_idx ON cases (handler_id, state);
CREATE INDEX cases_co_handler_idx ON cases (co_handler_id, state);
CREATE INDEX cases_reported_idx ON cases (reported_at DESC);
CREATE INDEX cases_next_deadline_idx ON cases (next_deadline_at) WHERE next_deadline_at IS NOT NULL;

-- Gap-free numbering: the row lock taken by the upsert is held until commit, so concurrent
-- intakes in one unit wait for each other and a rolled-back intake gives its number back.
CREATE TABLE case_number_counters (
    unit_id     BIGINT  NOT NULL,
    year        INT     NOT NULL,
    last_value  INT     NOT NULL,
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE case_timeline (
    id            BIGSERIAL PRIMARY KEY,
    case_id       BIGINT      NOT NULL REFERENCES cases (id),
    event_type    VARCHAR(40) NOT NULL,
    from_state    VARCHAR(20),
    to_state      VARCHAR(20),
    actor_id      BIGINT,
    effective_at  TIMESTAMPTZ NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    -- What the event concerns, as a message code or deadline:<rule>, shown in the reader's language.
    subject       VARCHAR(80),
    note          TEXT
);
CREATE INDEX case_timeline_case_idx ON case_timeline (case_id, recorded_at);

CREATE TABLE case_parties (
    id                    BIGSERIAL PRIMARY KEY,
    case_id               BIGINT       NOT NULL REFERENCES cases (id),
    kind                  VARCHAR(12)  NOT NULL,
    role                  VARCHAR(20)  NOT NULL,
    name                  VARCHAR(100) NOT NULL,
    id_number             VARCHAR(18),
    gender                VARCHAR(6),
    birth_date            DATE,
    phone                 VARCHAR(20),
    address               VARCHAR(200),
    credit_code           VARCHAR(18),
    legal_representative  VARCHAR(50),
    created_by            BIGINT       NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT case_parties_kind CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    CONSTRAINT case_parties_role CHECK (role IN ('SUSPECT', 'OFFENDER', 'VICTIM', 'WITNESS', 'REPORTER', 'OTHER')),
    CONSTRAINT case_parties_person_fields CHECK (kind = 'PERSON' OR (id_number IS NULL AND gender IS NULL AND birth_date IS NULL)),
    CONSTRAINT case_parties_organization_fields CHECK (kind = 'ORGANIZATION' OR (credit_code IS NULL AND legal_representative IS NULL))
);
CREATE INDEX case_parties_case_idx ON case_parties (case_id);
CREATE INDEX case_parties_id_number_idx ON case_parties (id_number) WHERE id_number IS NOT NULL;

-- Uploaded files are stored once per content (SHA-256); materials point at them.
CREATE TABLE stored_files (
    sha256        VARCHAR(64)     PRIMARY KEY,
    size_bytes    BIGINT       NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE case_materials (
    id                BIGSERIAL PRIMARY KEY,
    case_id           BIGINT       NOT NULL REFERENCES cases (id),
    material_type     VARCHAR(40)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    body              TEXT,
    place             VARCHAR(200),
    recorded_from     TIMESTAMPTZ,
    recorded_to       TIMESTAMPTZ,
    subject_party_id  BIGINT REFERENCES case_parties (id),
    file_sha256       VARCHAR(64) REFERENCES stored_files (sha256),
    file_name         VARCHAR(255),
    content_type      VARCHAR(100),
    size_bytes        BIGINT,
    device_code       VARCHAR(40),
    -- SHA-256 of what the material says: the file's hash, or the hash of the record's canonical text.
    content_hash      VARCHAR(64)     NOT NULL,
    created_by        BIGINT       NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_materials_has_content CHECK (body IS NOT NULL OR file_sha256 IS NOT NULL OR material_type = 'BODYCAM_CLIP'),
    CONSTRAINT case_materials_bodycam CHECK (material_type <> 'BODYCAM_CLIP'
        OR (device_code IS NOT NULL AND recorded_from IS NOT NULL AND recorded_to IS NOT NULL AND recorded_to > recorded_from)),
    CONSTRAINT case_materials_times CHECK (recorded_to IS NULL OR recorded_from IS NULL OR recorded_to >= recorded_from)
);
CREATE INDEX case_materials_case_idx ON case_materials (case_id, created_at);
CREATE INDEX case_materials_bodycam_idx ON case_materials (device_code, recorded_from) WHERE material_type = 'BODYCAM_CLIP';

-- View receipts: written by the server each time it serves a material to an officer.
CREATE TABLE material_views (
    id           BIGSERIAL PRIMARY KEY,
    material_id  BIGINT      NOT NULL REFERENCES case_materials (id),
    case_id      BIGINT      NOT NULL REFERENCES cases (id),
    officer_id   BIGINT      NOT NULL,
    viewed_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX material_views_material_officer_idx ON material_views (material_id, officer_id);
CREATE INDEX material_views_case_idx ON material_views (case_id, officer_id);

CREATE TABLE compulsory_measures (
    id                            BIGSERIAL PRIMARY KEY,
    case_id                       BIGINT      NOT NULL REFERENCES cases (id),
    party_id                      BIGINT      NOT NULL REFERENCES case_parties (id),
    measure_type                  VARCHAR(30) NOT NULL,
    detention_may_apply           BOOLEAN     NOT NULL DEFAULT FALSE,
    started_at                    TIMESTAMPTZ NOT NULL,
    ended_at                      TIMESTAMPTZ,
    end_reason                    TEXT,
    arrest_request_submitted_at   TIMESTAMPTZ,
    created_by                    BIGINT      NOT NULL,
    created_at                    TIMESTAMPTZ NOT NULL,
    version                       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT compulsory_measures_type CHECK (measure_type IN ('SUMMONS', 'CRIMINAL_DETENTION', 'BAIL_PENDING_TRIAL',
                                                                 'RESIDENTIAL_SURVEILLANCE')),
    CONSTRAINT compulsory_measures_end CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX compulsory_measures_case_idx ON compulsory_measures (case_id);
CREATE INDEX compulsory_measures_open_idx ON compulsory_measures (measure_type, started_at) WHERE ended_at IS NULL;

-- Deadline rules are law, kept as data with their citation so the legal department can follow
-- amendments without a release. A deadline copies what it needs when it starts, so a later
-- change to a rule never moves a running deadline.
CREATE TABLE deadline_rules (
    code                  VARCHAR(40)  PRIMARY KEY,
    name_zh               VARCHAR(100) NOT NULL,
    name_en               VARCHAR(150) NOT NULL,
    trigger_event         VARCHAR(40)  NOT NULL,
    duration_amount       INT          NOT NULL,
    duration_unit         VARCHAR(5)   NOT NULL,
    max_extension_amount  INT          NOT NULL DEFAULT 0,
    warn_before_hours     INT          NOT NULL,
    citation_zh           TEXT         NOT NULL,
    citation_en           TEXT         NOT NULL,
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT deadline_rules_unit CHECK (duration_unit IN ('HOURS', 'DAYS')),
    CONSTRAINT deadline_rules_amounts CHECK (duration_amount > 0 AND max_extension_amount >= 0 AND warn_before_hours >= 0)
);
CREATE UNIQUE INDEX deadline_rules_trigger_uk ON deadline_rules (trigger_event) WHERE active;

CREATE TABLE case_deadlines (
    id                BIGSERIAL PRIMARY KEY,
    case_id           BIGINT      NOT NULL REFERENCES cases (id),
    measure_id        BIGINT REFERENCES compulsory_measures (id),
    rule_code         VARCHAR(40) NOT NULL REFERENCES deadline_rules (code),
    duration_unit     VARCHAR(5)  NOT NULL,
    max_extension     INT         NOT NULL,
    warn_before_hours INT         NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    due_at            TIMESTAMPTZ NOT NULL,
    extended_by       INT         NOT NULL DEFAULT 0,
    extension_reason  TEXT,
    extended_at       TIMESTAMPTZ,
    extended_by_id    BIGINT,
    closed_at         TIMESTAMPTZ,
    closed_outcome    VARCHAR(10),
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT case_deadlines_outcome CHECK (closed_outcome IN ('MET', 'CANCELLED')),
    CONSTRAINT case_deadlines_closed CHECK ((closed_at IS NULL) = (closed_outcome IS NULL))
);
CREATE INDEX case_deadlines_case_idx ON case_deadlines (case_id);
CREATE INDEX case_deadlines_open_idx ON case_deadlines (due_at) WHERE closed_at IS NULL;
