-- A timeline note the system writes (a penalty proposal's terms, a request withdrawn because the
-- case ended) is kept in both languages, as the request itself keeps it; a note a person types
-- (a reason, an opinion) stays as written, in note alone.
ALTER TABLE case_timeline ADD COLUMN note_en TEXT;
