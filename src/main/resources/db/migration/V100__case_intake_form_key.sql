-- The intake form sent twice (a retry on a bad connection, a second tab, a double submit without
-- script) registered two cases for one report. Each intake form now carries a key; a case keeps the
-- key of the form it was registered from, and the same officer's same form finds that case again.
-- Older cases have none.
ALTER TABLE cases ADD COLUMN intake_form_key VARCHAR(36);

CREATE UNIQUE INDEX cases_intake_form_once ON cases (registered_by, intake_form_key)
    WHERE intake_form_key IS NOT NULL;
