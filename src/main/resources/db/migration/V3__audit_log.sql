-- The append-only, hash-chained audit log (DESIGN.md §3.2).
-- hash = SHA-256(prev_hash || canonical row); the application computes it under an advisory lock
-- so rows are chained in id order, and the database refuses to change or remove a row.

CREATE TABLE audit_log (
    id              BIGINT       PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    actor_unit_id   BIGINT,
    action          VARCHAR(64)  NOT NULL,
    object_type     VARCHAR(40)  NOT NULL,
    object_id       VARCHAR(64),
    outcome         VARCHAR(10)  NOT NULL,
    client_address  VARCHAR(64),
    details         TEXT,
    prev_hash       VARCHAR(64)     NOT NULL,
    hash            VARCHAR(64)     NOT NULL
);
CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id;
CREATE INDEX audit_log_object_idx ON audit_log (object_type, object_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, occurred_at);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
