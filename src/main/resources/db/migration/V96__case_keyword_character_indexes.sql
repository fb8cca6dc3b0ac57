-- A one-character keyword (盗, a surname such as 王, a given name such as 芳) holds neither a
-- trigram (V88, V92) nor a two-character piece (V94), so it read every case in the reader's scope:
-- about 0.65 s at a million cases (docs/performance.md, section 9). These indexes hold each title's
-- and each party name's characters. string_to_array(t, NULL) splits text into its characters and
-- lives in pg_catalog, so neither index nor function depends on a search path.
CREATE INDEX cases_title_char_idx ON cases USING gin (string_to_array(lower(title), NULL));
CREATE INDEX cases_party_names_char_idx ON cases USING gin (string_to_array(lower(party_names), NULL));

-- What the case list's query calls (CaseSpecifications), inlined by PostgreSQL into
-- string_to_array(lower(title), NULL) @> ARRAY[term], which the indexes serve. No SET clause and not
-- STRICT, or it would not be inlined.
CREATE FUNCTION holds_character(t text, c text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT string_to_array(t, NULL) @> ARRAY[c] $$;
