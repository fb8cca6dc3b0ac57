-- When the officer (or an administrator for them) last ended every page session of the account
-- without changing the password, as for a browser left signed in on a shared or lost computer. A
-- session that signed in before that moment ends at its next page. Null until it is first used.
ALTER TABLE accounts ADD COLUMN sessions_ended_at TIMESTAMPTZ;
