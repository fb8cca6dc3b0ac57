-- When the password was last set, by its owner or by an administrator. A session signed in before
-- that moment belongs to the old password: it ends at its next page, so that a changed or reset
-- password also shuts out whoever kept a session open with the old one.
ALTER TABLE accounts ADD COLUMN password_changed_at TIMESTAMPTZ;
UPDATE accounts SET password_changed_at = created_at;
