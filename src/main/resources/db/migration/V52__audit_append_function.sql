-- Appending to the audit chain in one round trip. The function takes the chain's advisory lock
-- (held to commit), then reads the last hash in a statement of its own: a VOLATILE function takes a
-- fresh snapshot per statement, so it sees the entry the previous lock holder committed. The hash
-- rule is the one AuditEntry states and AuditVerifier checks:
--   hash = SHA-256(previous hash || canonical row), canonical row = "len:id;" || canonical_tail
-- where the application sends each entry's canonical tail (every field after the id, already
-- length-prefixed) because the id is only known here, under the lock.
CREATE FUNCTION audit_append(lock_key BIGINT, occurred_at TEXT[], actor TEXT[], actor_unit_id BIGINT[],
                             action TEXT[], object_type TEXT[], object_id TEXT[], outcome TEXT[],
                             client_address TEXT[], details TEXT[], canonical_tail TEXT[])
    RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    previous  TEXT;
    entry_id  BIGINT;
    entry_hash TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    SELECT a.hash INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    previous := coalesce(previous, repeat('0', 64));
    FOR i IN 1 .. cardinality(action) LOOP
        entry_id := nextval('audit_log_id_seq');
        entry_hash := encode(sha256(convert_to(
            previous || length(entry_id::text) || ':' || entry_id || ';' || canonical_tail[i], 'UTF8')), 'hex');
        INSERT INTO audit_log (id, occurred_at, actor, actor_unit_id, action, object_type, object_id, outcome,
                               client_address, details, prev_hash, hash)
        VALUES (entry_id, occurred_at[i]::timestamptz, actor[i], actor_unit_id[i], action[i], object_type[i],
                object_id[i], outcome[i], client_address[i], details[i], previous, entry_hash);
        previous := entry_hash;
    END LOOP;
    RETURN entry_id;
END
$$;
