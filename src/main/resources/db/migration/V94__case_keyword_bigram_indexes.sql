-- The commonest Chinese keywords are two characters long: 诈骗, 盗窃, a given name (建国), a full
-- name (王芳). pg_trgm's indexes (V88, V92) hold three-character pieces, so such a keyword read
-- every case in scope: about 0.65 s at a million cases (docs/performance.md, section 9). These
-- indexes hold each title's and each party name's two-character pieces, so a two-character term is
-- looked up, not searched for. They need no extension. keyword_bigrams refers to pg_catalog only,
-- since PostgreSQL evaluates an index's expressions under that search path during maintenance.
CREATE FUNCTION keyword_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- Repeated pieces are left in: GIN keeps each key once per row.
    SELECT ARRAY(SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i)
$$;

-- What the case list's query calls (CaseSpecifications): PostgreSQL inlines it into the query, where
-- keyword_bigrams(lower(title)) @> ARRAY[term] matches the index. No SET clause and not STRICT, or it
-- would not be inlined; the schema is written in, so the session's search path does not matter.
DO $$
BEGIN
    EXECUTE format('CREATE FUNCTION holds_bigram(t text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE '
        || 'AS %L', format('SELECT %I.keyword_bigrams(t) @> ARRAY[b]', current_schema()));
END
$$;

CREATE INDEX cases_title_bigram_idx ON cases USING gin (keyword_bigrams(lower(title)));
CREATE INDEX cases_party_names_bigram_idx ON cases USING gin (keyword_bigrams(lower(party_names)));
