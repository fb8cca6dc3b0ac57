-- Every run moves last_seen_at on each still-open alert. None of the columns a run touches is
-- indexed, so with free room on the page PostgreSQL updates in place (HOT) instead of adding index
-- entries and bloating the table run after run.
ALTER TABLE supervision_alerts SET (fillfactor = 70);
