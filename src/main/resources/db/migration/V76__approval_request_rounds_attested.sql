-- Each round's submission is vouched for in the audit log like a signature: its audit entry names
-- the round's own id and the digest of its content. Tokens name a record by one number, so rounds
-- get one. Rows copied by V75 keep the ids given here and no audit entry vouches for them; audit
-- verification lists them as written before rounds were attested.
ALTER TABLE approval_request_rounds ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE approval_request_rounds ADD CONSTRAINT approval_request_rounds_id_key UNIQUE (id);
