-- Records of an attested kind written before the application attested them have no audit entry
-- vouching for them, so every verification of an upgraded database reported them: submission
-- rounds copied by V75 (attested since V76) and signatures given before signatures were attested.
-- The first start after this migration adopts them: per kind, one audit entry carries a single
-- digest of every record up to the id noted here, and the log vouches for them together from then
-- on (not from when they were written).
-- The id is just below the first record an audit entry vouches for on its own; with none yet, the
-- highest there is. A fresh database has no such records and notes nothing. The count lets the
-- first start refuse to adopt if rows were slipped in among them meanwhile (migrations may run
-- well before the application starts).
-- (This reads the audit module's table once, to find where attestation began.)
CREATE TABLE approval_adoptions (
    record_type  VARCHAR(40)  NOT NULL,
    through_id   BIGINT       NOT NULL,
    record_count BIGINT       NOT NULL,
    noted_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    adopted_at   TIMESTAMPTZ,
    PRIMARY KEY (record_type, through_id)
);

INSERT INTO approval_adoptions (record_type, through_id, record_count)
SELECT 'SUBMISSION_ROUND', through_id, (SELECT count(*) FROM approval_request_rounds WHERE id <= noted.through_id) FROM (
    SELECT coalesce(
        (SELECT min(substring(details FROM 'attests SUBMISSION_ROUND ([0-9]+) ')::bigint) - 1
         FROM audit_log
         WHERE action IN ('APPROVAL_SUBMITTED', 'APPROVAL_RESUBMITTED') AND details LIKE '%attests SUBMISSION_ROUND %'),
        (SELECT max(id) FROM approval_request_rounds)) AS through_id
) noted
WHERE EXISTS (SELECT 1 FROM approval_request_rounds WHERE id <= noted.through_id);

INSERT INTO approval_adoptions (record_type, through_id, record_count)
SELECT 'SIGNATURE', through_id, (SELECT count(*) FROM approval_signatures WHERE id <= noted.through_id) FROM (
    SELECT coalesce(
        (SELECT min(substring(details FROM 'attests SIGNATURE ([0-9]+) ')::bigint) - 1
         FROM audit_log
         WHERE action = 'APPROVAL_SIGNED' AND details LIKE '%attests SIGNATURE %'),
        (SELECT max(id) FROM approval_signatures)) AS through_id
) noted
WHERE EXISTS (SELECT 1 FROM approval_signatures WHERE id <= noted.through_id);
