-- Ordinary-procedure penalty decisions on administrative cases: the officer's proposal, the
-- discretion standard version it was measured against, whether it left the standard's range
-- (and why), the approval request it went through (PENALTY_MAJOR, with its legal-review link, for
-- decisions outside the range or open to a hearing; PENALTY_ORDINARY otherwise), and the decision
-- document once issued.

CREATE TABLE penalty_decisions (
    id                     BIGSERIAL PRIMARY KEY,
    case_id                BIGINT       NOT NULL,
    case_number            VARCHAR(40)  NOT NULL,
    unit_id                BIGINT       NOT NULL,
    unit_path              VARCHAR(400) NOT NULL,
    party_id               BIGINT       NOT NULL,
    party_name             VARCHAR(100) NOT NULL,
    offender_kind          VARCHAR(20)  NOT NULL,
    violation_id           BIGINT       NOT NULL REFERENCES violations (id),
    violation_code         VARCHAR(20)  NOT NULL,
    -- The standard version the proposal was measured against (recorded on every decision).
    standard_id            BIGINT       NOT NULL REFERENCES discretion_standards (id),
    grade                  VARCHAR(20)  NOT NULL,
    circumstances          VARCHAR(1000) NOT NULL DEFAULT '',
    facts                  TEXT         NOT NULL,
    warning                BOOLEAN      NOT NULL,
    fine_fen               BIGINT,
    detention_days         INT,
    points                 INT          NOT NULL DEFAULT 0,
    licence_action         VARCHAR(10)  NOT NULL DEFAULT 'NONE',
    licence_months         INT,
    vehicle_seizure        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Marked for supervision: outside the standard's range, with the officer's written reason.
    out_of_range           BOOLEAN      NOT NULL,
    deviation_reason       TEXT,
    omission_reason        TEXT,
    hearing_notice_given   BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_review_required  BOOLEAN      NOT NULL,
    review_reasons         VARCHAR(200) NOT NULL DEFAULT '',
    status                 VARCHAR(30)  NOT NULL,
    approval_action        VARCHAR(30),
    approval_request_id    BIGINT,
    proposed_by            BIGINT       NOT NULL,
    proposed_at            TIMESTAMPTZ  NOT NULL,
    reviewed_by            BIGINT,
    reviewed_at            TIMESTAMPTZ,
    review_opinion         TEXT,
    document_id            BIGINT,
    document_number        VARCHAR(80),
    issued_at              TIMESTAMPTZ,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT penalty_decisions_status CHECK (status IN ('PROPOSED', 'PENDING_APPROVAL', 'RETURNED', 'REFUSED', 'ISSUED')),
    CONSTRAINT penalty_decisions_offender CHECK (offender_kind IN ('CITIZEN', 'ORGANIZATION')),
    CONSTRAINT penalty_decisions_reason CHECK (NOT out_of_range OR deviation_reason IS NOT NULL OR omission_reason IS NOT NULL),
    CONSTRAINT penalty_decisions_issued CHECK ((status = 'ISSUED') = (document_id IS NOT NULL)),
    CONSTRAINT penalty_decisions_approval CHECK (status <> 'PENDING_APPROVAL' OR approval_request_id IS NOT NULL)
);
CREATE INDEX penalty_decisions_case_idx ON penalty_decisions (case_id);
CREATE INDEX penalty_decisions_scope_idx ON penalty_decisions (unit_path varchar_pattern_ops, proposed_at DESC);
CREATE INDEX penalty_decisions_status_idx ON penalty_decisions (status, proposed_at DESC);
CREATE INDEX penalty_decisions_out_of_range_idx ON penalty_decisions (proposed_at DESC) WHERE out_of_range;
CREATE INDEX penalty_decisions_request_idx ON penalty_decisions (approval_request_id) WHERE approval_request_id IS NOT NULL;
-- One live decision per party of a case: a returned or refused proposal may be followed by a new one.
CREATE UNIQUE INDEX penalty_decisions_live_uk ON penalty_decisions (case_id, party_id) WHERE status NOT IN ('RETURNED', 'REFUSED');
