-- A person or organization is one party of a case: a second copy would be a second party to
-- penalise for one act. A party is known by the identity number (persons) or the unified social
-- credit code (organizations) it was added with, as stored: normalized by the service, unmasked.
-- Parties added without one (not known yet) are not compared.
--
-- The service refuses a second copy itself, beside its field, under the case lock (Parties). These
-- indexes are the database's own guarantee against any other writer.
--
-- Before this migration a case could be given the same party twice. A deployment holding such
-- copies keeps them: a penalty may already name either, and only the handler can sort that out.
-- Its indexes then cover the parties added from now on (ids above the last copy) and the service's
-- check covers the older ones; a warning says how many parties are such copies.
DO $$
DECLARE
    last_copy bigint;
    copies bigint;
BEGIN
    SELECT max(id), count(*) INTO last_copy, copies FROM (
        SELECT id, count(*) OVER (PARTITION BY case_id, id_number) AS n
        FROM case_parties WHERE id_number IS NOT NULL) p
    WHERE p.n > 1;
    IF last_copy IS NULL THEN
        CREATE UNIQUE INDEX case_parties_once_per_id_number
            ON case_parties (case_id, id_number) WHERE id_number IS NOT NULL;
    ELSE
        RAISE WARNING '% case parties share their case and identity number with another; all are kept, for their handlers to review', copies;
        EXECUTE format('CREATE UNIQUE INDEX case_parties_once_per_id_number
            ON case_parties (case_id, id_number) WHERE id_number IS NOT NULL AND id > %s', last_copy);
    END IF;

    SELECT max(id), count(*) INTO last_copy, copies FROM (
        SELECT id, count(*) OVER (PARTITION BY case_id, credit_code) AS n
        FROM case_parties WHERE credit_code IS NOT NULL) p
    WHERE p.n > 1;
    IF last_copy IS NULL THEN
        CREATE UNIQUE INDEX case_parties_once_per_credit_code
            ON case_parties (case_id, credit_code) WHERE credit_code IS NOT NULL;
    ELSE
        RAISE WARNING '% case parties share their case and credit code with another; all are kept, for their handlers to review', copies;
        EXECUTE format('CREATE UNIQUE INDEX case_parties_once_per_credit_code
            ON case_parties (case_id, credit_code) WHERE credit_code IS NOT NULL AND id > %s', last_copy);
    END IF;
END
$$;
