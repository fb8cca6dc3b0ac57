-- An intake is sent with a key (the page's form, or an API client's Idempotency-Key) and may be sent
-- again. The case keeps a digest of what registered it, so the same key sent with a different intake
-- is told apart: the API refuses it, the page says the changes were not saved.
ALTER TABLE cases ADD COLUMN intake_digest VARCHAR(64);
