-- Every suspension and restoration of an officer's approval rights, with who and why.
CREATE TABLE approval_right_changes (
    id          BIGSERIAL PRIMARY KEY,
    officer_id  BIGINT      NOT NULL REFERENCES officers (id),
    suspended   BOOLEAN     NOT NULL,
    reason      TEXT        NOT NULL,
    changed_by  BIGINT,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX approval_right_changes_officer_idx ON approval_right_changes (officer_id, changed_at);
