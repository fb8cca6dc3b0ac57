-- A password an administrator set (a new account, a reset) is known to the administrator; its
-- owner must replace it before doing anything else, so that their signatures are theirs alone.
ALTER TABLE accounts ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
