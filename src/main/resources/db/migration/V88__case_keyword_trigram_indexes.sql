-- The case list's keyword matches any part of a title or the start of a case number
-- (lower(...) LIKE '%…%' / '…%'), which no B-tree serves: a bureau-wide search read every case in
-- scope, about half a second at a million cases. Trigram indexes (pg_trgm, the contrib extension
-- that ships with PostgreSQL) answer keywords of three characters or more from the index; shorter
-- ones are read as before (docs/performance.md, section 9).
--
-- They are made only where they help. A server without the extension, or an account that may not
-- create it, goes on without them. So does a database whose LC_CTYPE does not count Chinese
-- characters as letters (LC_CTYPE C): pg_trgm finds no trigram in a Chinese keyword there, and
-- would read a whole index for every such search. Either way the application warns at every start
-- and says what to do (KeywordSearchIndexes).
DO $$
DECLARE
    schema_name text;
    splits_chinese boolean;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN undefined_file OR insufficient_privilege OR feature_not_supported THEN
        RAISE NOTICE 'pg_trgm cannot be created here (%): case keyword search goes on without trigram indexes', SQLERRM;
    END;
    SELECT n.nspname INTO schema_name
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF schema_name IS NULL THEN
        RETURN;
    END IF;
    EXECUTE format('SELECT cardinality(%I.show_trgm(%L)) > 0', schema_name, '诈骗案件') INTO splits_chinese;
    IF NOT splits_chinese THEN
        RAISE NOTICE 'LC_CTYPE % does not count Chinese characters as letters: case keyword search goes on without trigram indexes',
            (SELECT datctype FROM pg_database WHERE datname = current_database());
        RETURN;
    END IF;
    EXECUTE format('CREATE INDEX IF NOT EXISTS cases_title_trgm_idx ON cases USING gin (lower(title) %I.gin_trgm_ops)', schema_name);
    EXECUTE format('CREATE INDEX IF NOT EXISTS cases_number_trgm_idx ON cases USING gin (lower(case_number) %I.gin_trgm_ops)', schema_name);
END $$;
