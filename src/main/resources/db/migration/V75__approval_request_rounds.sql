-- What each round of a request asked, and the submitter's note on what they corrected. The request
-- row keeps only its current round: before this table, a summary rewritten on resubmission replaced
-- the text earlier rounds were signed on. Rows are never changed or removed, like signatures.
CREATE TABLE approval_request_rounds (
    request_id    BIGINT       NOT NULL REFERENCES approval_requests (id),
    round         INT          NOT NULL,
    summary       TEXT         NOT NULL,
    summary_en    TEXT,
    note          TEXT,
    case_version  BIGINT       NOT NULL,
    submitted_by  BIGINT       NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (request_id, round)
);

-- Existing requests: their current round only. Earlier rounds' summaries were not kept apart.
INSERT INTO approval_request_rounds (request_id, round, summary, summary_en, case_version, submitted_by, submitted_at)
SELECT id, round, summary, summary_en, case_version, submitted_by, submitted_at FROM approval_requests;

CREATE FUNCTION approval_request_rounds_are_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'approval request rounds are permanent: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER approval_request_rounds_permanent BEFORE UPDATE OR DELETE ON approval_request_rounds
    FOR EACH ROW EXECUTE FUNCTION approval_request_rounds_are_permanent();
