-- The register counts a reader's scope per status on every page. Without this index PostgreSQL
-- reads the whole table for it, every bureau's requests of every year; with it, the count walks
-- only the scope's entries and, as both columns are in the index, mostly without visiting rows.
CREATE INDEX approval_requests_scope_status_idx ON approval_requests (case_unit_path varchar_pattern_ops, status);
