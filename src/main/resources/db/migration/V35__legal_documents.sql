-- Legal documents (法律文书): issued once, never changed. A correction is a new document that
-- references the one it corrects. Numbers are gap-free per issuing authority, series and year.

CREATE TABLE legal_documents (
    id                  BIGSERIAL PRIMARY KEY,
    type                VARCHAR(40)  NOT NULL,
    -- The numbering series (several types may share one, e.g. simple and ordinary penalty decisions).
    series              VARCHAR(40),
    number              VARCHAR(80),
    number_year         INT,
    number_sequence     INT,
    authority_unit_id   BIGINT       NOT NULL,
    authority_name      VARCHAR(200) NOT NULL,
    issuing_unit_id     BIGINT       NOT NULL,
    unit_path           VARCHAR(400) NOT NULL,
    case_id             BIGINT,
    subject_type        VARCHAR(40),
    subject_id          VARCHAR(40),
    title               VARCHAR(200) NOT NULL,
    recipient           VARCHAR(200),
    fields              TEXT         NOT NULL,
    html                TEXT         NOT NULL,
    content_hash        VARCHAR(64)  NOT NULL,
    issued_by           BIGINT       NOT NULL,
    issued_at           TIMESTAMPTZ  NOT NULL,
    corrects_id         BIGINT REFERENCES legal_documents (id),
    correction_reason   TEXT,
    CONSTRAINT legal_documents_numbered CHECK ((series IS NULL) = (number IS NULL)
        AND (number IS NULL) = (number_sequence IS NULL) AND (number IS NULL) = (number_year IS NULL)),
    CONSTRAINT legal_documents_correction CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
CREATE UNIQUE INDEX legal_documents_number_uk ON legal_documents (authority_unit_id, series, number_year, number_sequence);
CREATE INDEX legal_documents_scope_idx ON legal_documents (unit_path varchar_pattern_ops, issued_at DESC);
CREATE INDEX legal_documents_case_idx ON legal_documents (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX legal_documents_subject_idx ON legal_documents (subject_type, subject_id);
CREATE UNIQUE INDEX legal_documents_corrects_uk ON legal_documents (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE FUNCTION legal_documents_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'legal_documents are immutable once issued: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER legal_documents_no_update BEFORE UPDATE ON legal_documents
    FOR EACH ROW EXECUTE FUNCTION legal_documents_are_immutable();
CREATE TRIGGER legal_documents_no_delete BEFORE DELETE ON legal_documents
    FOR EACH ROW EXECUTE FUNCTION legal_documents_are_immutable();

-- The row lock taken by the upsert is held until the issuing transaction ends: concurrent issues
-- in one series queue, and a rolled-back issue gives its number back.
CREATE TABLE document_number_counters (
    authority_unit_id  BIGINT      NOT NULL,
    series             VARCHAR(40) NOT NULL,
    year               INT         NOT NULL,
    last_value         INT         NOT NULL,
    PRIMARY KEY (authority_unit_id, series, year)
);
