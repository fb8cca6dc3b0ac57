-- Monthly rankings, stored as snapshots so that placements stay as published, and the sanctions
-- they lead to.

CREATE TABLE ranking_snapshots (
    id           BIGSERIAL    PRIMARY KEY,
    bureau_path  VARCHAR(400) NOT NULL,
    month        DATE         NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL,
    -- Demo snapshots seeded for months before the demo data existed are marked as such.
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    note         TEXT,
    CONSTRAINT ranking_snapshots_month CHECK (EXTRACT(DAY FROM month) = 1),
    CONSTRAINT ranking_snapshots_once UNIQUE (bureau_path, month)
);

-- Officers who handle cases: average quality score of their evaluated cases, alerts against them.
CREATE TABLE ranking_officer_entries (
    snapshot_id   BIGINT       NOT NULL REFERENCES ranking_snapshots (id),
    officer_id    BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    evaluations   INTEGER      NOT NULL,
    average_score NUMERIC(5,1),
    alerts        INTEGER      NOT NULL,
    place         INTEGER      NOT NULL,
    PRIMARY KEY (snapshot_id, officer_id)
);

-- Reviewers and approvers: defects found this month in cases they ever signed. Peer groups:
-- STATION (station and squadron heads), SUB_BUREAU (sub-bureau and brigade heads), LEGAL (legal
-- department), BUREAU (bureau leaders), from the kind of unit the signer belongs to.
CREATE TABLE ranking_reviewer_entries (
    snapshot_id         BIGINT      NOT NULL REFERENCES ranking_snapshots (id),
    officer_id          BIGINT      NOT NULL,
    unit_id             BIGINT      NOT NULL,
    peer_group          VARCHAR(16) NOT NULL,
    signed_cases        INTEGER     NOT NULL,
    alerts              INTEGER     NOT NULL,
    failed_evaluations  INTEGER     NOT NULL,
    faults              INTEGER     NOT NULL,
    defect_points       INTEGER     NOT NULL,
    place               INTEGER     NOT NULL,
    group_size          INTEGER     NOT NULL,
    bottom              BOOLEAN     NOT NULL,
    PRIMARY KEY (snapshot_id, officer_id),
    CONSTRAINT ranking_reviewer_entries_group CHECK (peer_group IN ('STATION', 'SUB_BUREAU', 'LEGAL', 'BUREAU'))
);
CREATE INDEX ranking_reviewer_entries_officer_idx ON ranking_reviewer_entries (officer_id) WHERE bottom;

-- Units that handle cases: alerts raised this month in their subtree, rectification rate among
-- alerts due this month, and alerts overdue at the month's end. Peer groups by level.
CREATE TABLE ranking_unit_entries (
    snapshot_id        BIGINT      NOT NULL REFERENCES ranking_snapshots (id),
    unit_id            BIGINT      NOT NULL,
    peer_group         VARCHAR(16) NOT NULL,
    alerts             INTEGER     NOT NULL,
    due                INTEGER     NOT NULL,
    rectified          INTEGER     NOT NULL,
    rectification_rate NUMERIC(5,1),
    overdue            INTEGER     NOT NULL,
    place              INTEGER     NOT NULL,
    group_size         INTEGER     NOT NULL,
    bottom             BOOLEAN     NOT NULL,
    PRIMARY KEY (snapshot_id, unit_id)
);

-- Each automatic suspension of approval rights after the third bottom placement in a year.
CREATE TABLE reviewer_sanctions (
    id              BIGSERIAL    PRIMARY KEY,
    officer_id      BIGINT       NOT NULL,
    bureau_path     VARCHAR(400) NOT NULL,
    year            INTEGER      NOT NULL,
    trigger_month   DATE         NOT NULL,
    strikes         INTEGER      NOT NULL,
    reason          TEXT         NOT NULL,
    suspended_at    TIMESTAMPTZ  NOT NULL,
    restored_at     TIMESTAMPTZ,
    restored_by     BIGINT,
    restore_reason  TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT reviewer_sanctions_once UNIQUE (officer_id, trigger_month)
);

-- 黄牌警告 for a unit with repeated failures.
CREATE TABLE yellow_cards (
    id            BIGSERIAL    PRIMARY KEY,
    unit_id       BIGINT       NOT NULL,
    unit_path     VARCHAR(400) NOT NULL,
    bureau_path   VARCHAR(400) NOT NULL,
    month         DATE         NOT NULL,
    rule          VARCHAR(24)  NOT NULL,
    reason        TEXT         NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL,
    lifted_at     TIMESTAMPTZ,
    lifted_by     BIGINT,
    lift_reason   TEXT,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT yellow_cards_rule CHECK (rule IN ('BOTTOM_IN_QUARTER', 'OVERDUE_ALERTS')),
    CONSTRAINT yellow_cards_once UNIQUE (unit_id, month)
);
CREATE INDEX yellow_cards_unit_idx ON yellow_cards (unit_path varchar_pattern_ops) WHERE lifted_at IS NULL;
