-- Officers look a case up by the name of the person or organization in it as often as by its
-- number or title: the case list's keyword now matches the parties' names too. The names are kept
-- on the case, one per line, as each party is added (Parties), so one more trigram index serves
-- them alongside V88's and a search still reads a single table. A line break separates them, and
-- a keyword holds none (SearchTerms splits at white space), so no match spans two names.
ALTER TABLE cases ADD COLUMN party_names TEXT NOT NULL DEFAULT '';

UPDATE cases c SET party_names = p.names
  FROM (SELECT case_id, string_agg(name, E'\n' ORDER BY id) AS names FROM case_parties GROUP BY case_id) p
 WHERE p.case_id = c.id;

-- Only where V88 found pg_trgm able to index Chinese text, for the reasons given there.
DO $$
DECLARE
    schema_name text;
BEGIN
    SELECT n.nspname INTO schema_name
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF schema_name IS NULL OR NOT EXISTS (SELECT 1 FROM pg_indexes
            WHERE schemaname = current_schema() AND indexname = 'cases_title_trgm_idx') THEN
        RETURN;
    END IF;
    EXECUTE format('CREATE INDEX IF NOT EXISTS cases_party_names_trgm_idx ON cases USING gin (lower(party_names) %I.gin_trgm_ops)', schema_name);
END $$;
