-- Case actions waiting for approval. The action is kept here with everything needed to carry it
-- out, and is applied in the transaction in which the last approval link signs.
CREATE TABLE case_pending_actions (
    id                   BIGSERIAL PRIMARY KEY,
    case_id              BIGINT      NOT NULL REFERENCES cases (id),
    kind                 VARCHAR(20) NOT NULL,
    approval_action      VARCHAR(30) NOT NULL,
    request_id           BIGINT,
    status               VARCHAR(10) NOT NULL,
    transition           VARCHAR(30),
    reason               TEXT,
    handler_id           BIGINT,
    co_handler_id        BIGINT,
    decision_kind        VARCHAR(30),
    effective_at         TIMESTAMPTZ,
    deadline_id          BIGINT REFERENCES case_deadlines (id),
    extension_amount     INT,
    serious              BOOLEAN,
    measure_id           BIGINT REFERENCES compulsory_measures (id),
    party_id             BIGINT REFERENCES case_parties (id),
    measure_type         VARCHAR(30),
    requested_by         BIGINT      NOT NULL,
    requested_at         TIMESTAMPTZ NOT NULL,
    resolved_at          TIMESTAMPTZ,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT case_pending_actions_kind CHECK (kind IN ('TRANSITION', 'EXTENSION', 'ARREST_REQUEST', 'MEASURE_TAKE', 'MEASURE_END')),
    CONSTRAINT case_pending_actions_status CHECK (status IN ('PENDING', 'APPLIED', 'RETURNED', 'REFUSED'))
);
CREATE INDEX case_pending_actions_case_idx ON case_pending_actions (case_id, status);
