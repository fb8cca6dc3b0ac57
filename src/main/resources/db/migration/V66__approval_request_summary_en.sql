-- What a request asks, in English where the system wrote it (a penalty decision's terms, a measure's name); a
-- summary in the submitter's own words has none, and the English pages show it as written.
ALTER TABLE approval_requests ADD COLUMN summary_en TEXT;
