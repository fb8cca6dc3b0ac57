-- An officer's sign-in history reads their latest sign-in entries. An API client retrying with a
-- wrong password leaves one entry per attempt, so an account may gather very many; this index
-- hands over the newest ones without sorting all of them.
CREATE INDEX audit_log_sign_in_idx ON audit_log (object_id, id DESC)
    WHERE object_type = 'ACCOUNT' AND action = 'SIGN_IN';
