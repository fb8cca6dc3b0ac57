-- Supervision: rules as data, the alerts they raise, and the rectifications that answer them.

-- A named policy. Its thresholds live in `parameters` so the legal department can tune them
-- without a release; the SQL that evaluates it is code, keyed by `code`.
CREATE TABLE supervision_rules (
    code                VARCHAR(64)  PRIMARY KEY,
    category            VARCHAR(32)  NOT NULL,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    severity            VARCHAR(16)  NOT NULL,
    parameters          JSONB        NOT NULL DEFAULT '{}'::jsonb,
    rectification_days  INTEGER      NOT NULL,
    citation            TEXT         NOT NULL,
    name_zh             VARCHAR(100) NOT NULL,
    name_en             VARCHAR(150) NOT NULL,
    description_zh      TEXT         NOT NULL,
    description_en      TEXT         NOT NULL,
    updated_at          TIMESTAMPTZ,
    updated_by          BIGINT,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT supervision_rules_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT supervision_rules_days CHECK (rectification_days > 0)
);

-- One alert per rule and subject while it is open. `subject_key` names what the rule looked at
-- ('case:42', 'measure:7', 'signature:9' ...) so a second run finds the open alert instead of
-- raising another.
CREATE TABLE supervision_alerts (
    id                   BIGSERIAL    PRIMARY KEY,
    rule_code            VARCHAR(64)  NOT NULL REFERENCES supervision_rules (code),
    subject_key          VARCHAR(128) NOT NULL,
    case_id              BIGINT,
    unit_id              BIGINT       NOT NULL,
    unit_path            VARCHAR(400) NOT NULL,
    officer_id           BIGINT,
    severity             VARCHAR(16)  NOT NULL,
    reason               TEXT         NOT NULL,
    details              JSONB        NOT NULL DEFAULT '{}'::jsonb,
    status               VARCHAR(24)  NOT NULL,
    raised_at            TIMESTAMPTZ  NOT NULL,
    due_at               TIMESTAMPTZ  NOT NULL,
    last_seen_at         TIMESTAMPTZ  NOT NULL,
    condition_cleared_at TIMESTAMPTZ,
    assigned_to          BIGINT,
    assigned_at          TIMESTAMPTZ,
    escalation_level     SMALLINT     NOT NULL DEFAULT 0,
    escalated_at         TIMESTAMPTZ,
    closed_at            TIMESTAMPTZ,
    closed_by            BIGINT,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT supervision_alerts_status CHECK (status IN ('RAISED', 'ASSIGNED', 'RECTIFICATION_SUBMITTED',
                                                          'REOPENED', 'CLOSED')),
    CONSTRAINT supervision_alerts_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    -- 0: with the responsible officer, 1: escalated to the unit leader, 2: to the legal department.
    CONSTRAINT supervision_alerts_escalation CHECK (escalation_level BETWEEN 0 AND 2)
);
CREATE UNIQUE INDEX supervision_alerts_open_uk ON supervision_alerts (rule_code, subject_key)
    WHERE status <> 'CLOSED';
CREATE INDEX supervision_alerts_status_idx ON supervision_alerts (status, raised_at DESC);
CREATE INDEX supervision_alerts_unit_idx ON supervision_alerts (unit_path varchar_pattern_ops, raised_at DESC);
CREATE INDEX supervision_alerts_case_idx ON supervision_alerts (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX supervision_alerts_officer_idx ON supervision_alerts (officer_id, raised_at DESC);
CREATE INDEX supervision_alerts_due_idx ON supervision_alerts (due_at) WHERE status <> 'CLOSED';

-- Each round of rectification: what the officer explained and supplied, and how it was judged.
CREATE TABLE supervision_rectifications (
    id             BIGSERIAL    PRIMARY KEY,
    alert_id       BIGINT       NOT NULL REFERENCES supervision_alerts (id),
    round          INTEGER      NOT NULL,
    explanation    TEXT         NOT NULL,
    evidence       TEXT,
    evidence_sha256 VARCHAR(64),
    submitted_by   BIGINT       NOT NULL,
    submitted_at   TIMESTAMPTZ  NOT NULL,
    verdict        VARCHAR(16),
    verdict_note   TEXT,
    verified_by    BIGINT,
    verified_at    TIMESTAMPTZ,
    CONSTRAINT supervision_rectifications_verdict CHECK (verdict IS NULL OR verdict IN ('ACCEPTED', 'REJECTED')),
    CONSTRAINT supervision_rectifications_round_uk UNIQUE (alert_id, round)
);

-- Everything that happened to an alert, in order (raised, assigned, escalated, rectified,
-- verified, reopened, condition cleared).
CREATE TABLE supervision_alert_events (
    id         BIGSERIAL   PRIMARY KEY,
    alert_id   BIGINT      NOT NULL REFERENCES supervision_alerts (id),
    kind       VARCHAR(32) NOT NULL,
    actor_id   BIGINT,
    note       TEXT,
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX supervision_alert_events_alert_idx ON supervision_alert_events (alert_id, at);

-- One row per engine run, for the desk and for the benchmark.
CREATE TABLE supervision_runs (
    id          BIGSERIAL   PRIMARY KEY,
    trigger     VARCHAR(32) NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    raised      INTEGER     NOT NULL DEFAULT 0,
    still_open  INTEGER     NOT NULL DEFAULT 0,
    cleared     INTEGER     NOT NULL DEFAULT 0
);

-- ShedLock's table: only one application instance runs a scheduled job at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
