-- One violation is penalised once (一事不再罚, Administrative Penalty Law 2021 art. 29). An on-site
-- decision's violation is the driver's licence, the violation code and the moment it happened; no
-- driver commits the same violation twice at one moment. On-site decisions are never revoked or
-- corrected in place (a document correction corrects the document, not the decision), so every row
-- still stands and all take part.
--
-- The service refuses a second decision itself, naming the first, under a lock on the licence
-- (OnSiteDecisions). This index is the database's own guarantee against any other writer.
--
-- Before this migration the same decision could be issued twice. A deployment holding such copies
-- keeps them as they are: they were issued, numbered and served, and only a legal decision can undo
-- one. Its index then covers the decisions issued from now on (ids above the last copy) and the
-- service's check covers the older ones; a warning says how many decisions are such copies.
DO $$
DECLARE
    last_copy bigint;
    copies bigint;
BEGIN
    SELECT max(id), count(*) INTO last_copy, copies FROM (
        SELECT id, count(*) OVER (PARTITION BY licence_number, violation_code, occurred_at) AS n
        FROM onsite_decisions) d
    WHERE d.n > 1;
    IF last_copy IS NULL THEN
        CREATE UNIQUE INDEX onsite_decisions_once_per_violation
            ON onsite_decisions (licence_number, violation_code, occurred_at);
    ELSE
        RAISE WARNING '% on-site decisions share their licence, violation code and time with another; all are kept, for the legal department to review', copies;
        EXECUTE format('CREATE UNIQUE INDEX onsite_decisions_once_per_violation
            ON onsite_decisions (licence_number, violation_code, occurred_at) WHERE id > %s', last_copy);
    END IF;
END
$$;
