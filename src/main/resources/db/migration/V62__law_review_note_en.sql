-- The statute library's review notes tell the legal department what still needs checking before a
-- text is cited; they were written in Chinese only, so the English library showed them untranslated.
ALTER TABLE laws ADD COLUMN review_note_en TEXT;

UPDATE laws SET review_note_en = CASE code
    WHEN 'APL' THEN 'Articles compiled from the 2021 revision; the legal department should check the official text before citing.'
    WHEN 'RTSL' THEN 'Articles compiled from the 2021 amendment (excerpts of the relevant clauses); the legal department should check the official text before citing.'
    WHEN 'RTSL_REG' THEN 'Excerpts of the relevant articles; the legal department should check the official text before citing.'
    WHEN 'MPS_PROC' THEN 'Excerpts of the relevant articles; the legal department should check the official text before citing.'
    WHEN 'MPS163' THEN 'Point values compiled from Ministry of Public Security Order No. 163; check violation codes against GA 408.1 and the provincial code table.'
    WHEN 'PSAPL' THEN 'This is the 2012 amendment. The law as revised in June 2025 takes effect on 1 January 2026 and renumbers articles and changes some fine amounts: the legal department should enter the new text, set the day this text is repealed, and update the citations of the violation catalogue and the discretion standards.'
END
WHERE review_note IS NOT NULL;
