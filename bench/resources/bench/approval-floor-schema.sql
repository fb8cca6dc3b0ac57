-- The records an accountable four-link chain cannot do without, and nothing else: no module
-- boundaries, no ORM, one connection. ApprovalFloorBenchmark writes them with plain JDBC to show
-- how fast any design keeping these records could go on this machine.
DROP TABLE IF EXISTS floor_cases, floor_materials, floor_officers, floor_requests, floor_rounds,
    floor_request_materials, floor_material_views, floor_signatures, floor_audit, floor_timeline CASCADE;
CREATE TABLE floor_cases (id BIGSERIAL PRIMARY KEY, unit_path TEXT NOT NULL, handler_id BIGINT NOT NULL,
    version BIGINT NOT NULL, state TEXT NOT NULL);
CREATE TABLE floor_materials (id BIGSERIAL PRIMARY KEY, case_id BIGINT NOT NULL REFERENCES floor_cases,
    title TEXT NOT NULL, body TEXT NOT NULL, content_hash TEXT NOT NULL);
CREATE INDEX ON floor_materials (case_id);
CREATE TABLE floor_officers (id BIGINT PRIMARY KEY, unit_path TEXT NOT NULL, role TEXT NOT NULL,
    qualification INT NOT NULL, suspended BOOLEAN NOT NULL);
CREATE INDEX ON floor_officers (role);
CREATE TABLE floor_requests (id BIGSERIAL PRIMARY KEY, case_id BIGINT NOT NULL REFERENCES floor_cases,
    case_version BIGINT NOT NULL, status TEXT NOT NULL, round INT NOT NULL, current_link INT NOT NULL,
    submitted_by BIGINT NOT NULL, submitted_at TIMESTAMPTZ NOT NULL, version BIGINT NOT NULL);
CREATE TABLE floor_rounds (id BIGSERIAL PRIMARY KEY, request_id BIGINT NOT NULL REFERENCES floor_requests,
    round INT NOT NULL, summary TEXT NOT NULL, case_version BIGINT NOT NULL, submitted_by BIGINT NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL, UNIQUE (request_id, round));
CREATE TABLE floor_request_materials (request_id BIGINT NOT NULL REFERENCES floor_requests, round INT NOT NULL,
    material_id BIGINT NOT NULL, title TEXT NOT NULL, content_hash TEXT NOT NULL,
    PRIMARY KEY (request_id, round, material_id));
CREATE TABLE floor_material_views (material_id BIGINT NOT NULL, case_id BIGINT NOT NULL, officer_id BIGINT NOT NULL,
    viewed_at TIMESTAMPTZ NOT NULL);
CREATE INDEX ON floor_material_views (officer_id, material_id);
CREATE TABLE floor_signatures (id BIGSERIAL PRIMARY KEY, request_id BIGINT NOT NULL REFERENCES floor_requests,
    round INT NOT NULL, link_order INT NOT NULL, signer_id BIGINT NOT NULL, decision TEXT NOT NULL, opinion TEXT,
    signed_at TIMESTAMPTZ NOT NULL, case_version BIGINT NOT NULL, material_hashes TEXT NOT NULL,
    UNIQUE (request_id, round, link_order, signer_id));
CREATE TABLE floor_audit (id BIGSERIAL PRIMARY KEY, occurred_at TIMESTAMPTZ NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, object_id TEXT, details TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE floor_timeline (id BIGSERIAL PRIMARY KEY, case_id BIGINT NOT NULL, event TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL);
-- One round trip per audit record, chained under a lock held to commit, as the product's audit_append.
CREATE OR REPLACE FUNCTION floor_audit_append(p_actor TEXT, p_action TEXT, p_object TEXT, p_details TEXT)
RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT;
    new_id BIGINT;
    at TIMESTAMPTZ := clock_timestamp();
BEGIN
    PERFORM pg_advisory_xact_lock(7419);
    SELECT hash INTO previous FROM floor_audit ORDER BY id DESC LIMIT 1;
    previous := coalesce(previous, repeat('0', 64));
    new_id := nextval('floor_audit_id_seq');
    INSERT INTO floor_audit (id, occurred_at, actor, action, object_id, details, prev_hash, hash)
    VALUES (new_id, at, p_actor, p_action, p_object, p_details, previous,
            encode(sha256(convert_to(previous || new_id || at || p_actor || p_action || coalesce(p_object, '')
                || coalesce(p_details, ''), 'UTF8')), 'hex'));
    RETURN new_id;
END $$;
