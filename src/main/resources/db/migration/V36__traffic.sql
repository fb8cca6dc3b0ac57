-- Traffic: on-site (simple procedure) decisions and the penalty points they record against a
-- driver's 12-month scoring cycle.

CREATE TABLE driver_licences (
    licence_number     VARCHAR(18) PRIMARY KEY,
    -- Starts the scoring cycles (MPS Order No. 163); unknown until someone records it.
    first_issued_on    DATE,
    updated_at         TIMESTAMPTZ NOT NULL,
    version            BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE onsite_decisions (
    id                    BIGSERIAL PRIMARY KEY,
    unit_id               BIGINT       NOT NULL,
    unit_path             VARCHAR(400) NOT NULL,
    officer_id            BIGINT       NOT NULL,
    driver_name           VARCHAR(50)  NOT NULL,
    licence_number        VARCHAR(18)  NOT NULL,
    plate_number          VARCHAR(10)  NOT NULL,
    plate_type            VARCHAR(4)   NOT NULL,
    violation_id          BIGINT       NOT NULL REFERENCES violations (id),
    violation_code        VARCHAR(20)  NOT NULL,
    place                 VARCHAR(200) NOT NULL,
    occurred_at           TIMESTAMPTZ  NOT NULL,
    bodycam_clip          VARCHAR(120) NOT NULL,
    standard_id           BIGINT       NOT NULL REFERENCES discretion_standards (id),
    grade                 VARCHAR(20)  NOT NULL,
    circumstances         VARCHAR(1000) NOT NULL DEFAULT '',
    warning               BOOLEAN      NOT NULL,
    fine_fen              BIGINT,
    points                INT          NOT NULL,
    out_of_range          BOOLEAN      NOT NULL,
    deviation_reason      TEXT,
    omission_reason       TEXT,
    -- Set in the issuing transaction, right after the row exists for the document to reference.
    document_id           BIGINT,
    document_number       VARCHAR(80),
    issued_at             TIMESTAMPTZ  NOT NULL,
    CONSTRAINT onsite_decisions_reason CHECK (NOT out_of_range OR deviation_reason IS NOT NULL OR omission_reason IS NOT NULL),
    CONSTRAINT onsite_decisions_fine CHECK (fine_fen IS NULL OR fine_fen > 0)
);
CREATE INDEX onsite_decisions_scope_idx ON onsite_decisions (unit_path varchar_pattern_ops, issued_at DESC);
CREATE INDEX onsite_decisions_licence_idx ON onsite_decisions (licence_number, occurred_at);
CREATE INDEX onsite_decisions_out_of_range_idx ON onsite_decisions (issued_at DESC) WHERE out_of_range;

-- Points recorded against a licence, with the cycle they count in.
CREATE TABLE point_records (
    id               BIGSERIAL PRIMARY KEY,
    licence_number   VARCHAR(18) NOT NULL,
    decision_id      BIGINT      NOT NULL REFERENCES onsite_decisions (id),
    violation_code   VARCHAR(20) NOT NULL,
    points           INT         NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT point_records_points CHECK (points > 0)
);
CREATE INDEX point_records_licence_idx ON point_records (licence_number, occurred_at);
