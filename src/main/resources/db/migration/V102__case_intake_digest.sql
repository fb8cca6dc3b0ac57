-- An API client sends an intake with an Idempotency-Key and may send it again after a lost answer.
-- The case keeps a digest of what registered it, so the same key sent with a different intake is
-- refused instead of answered with a case that is not what the client meant. Web forms keep none.
ALTER TABLE cases ADD COLUMN intake_digest VARCHAR(64);
