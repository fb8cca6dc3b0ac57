-- A case's next deadline is the earliest of its open ones. With only an index on the due time of
-- all open deadlines, PostgreSQL found it by walking every open deadline due earlier, anywhere in
-- the province, until one belonged to the case: work that grew with the whole table (about 450 rows
-- a lookup in the approval benchmark). This index answers it from the case's own few entries.
CREATE INDEX case_deadlines_case_open_idx ON case_deadlines (case_id, due_at) WHERE closed_at IS NULL;
