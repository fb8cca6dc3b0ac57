-- Rounds copied by V75 (and any written before V76's code ran) have no audit entry vouching for
-- them, so every verification of an upgraded database reported them. The first start after this
-- migration adopts them: one audit entry carries a single digest of every round up to the id noted
-- here, and the log vouches for them together from then on (not from when they were written).
-- The id is just below the first round an audit entry vouches for on its own; with none yet, the
-- highest there is. A fresh database has no rounds here and notes nothing.
CREATE TABLE approval_round_adoptions (
    through_id  BIGINT       PRIMARY KEY,
    noted_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    adopted_at  TIMESTAMPTZ
);

INSERT INTO approval_round_adoptions (through_id)
SELECT through_id FROM (
    SELECT coalesce(
        (SELECT min(substring(details FROM 'attests SUBMISSION_ROUND ([0-9]+) ')::bigint) - 1
         FROM audit_log
         WHERE action IN ('APPROVAL_SUBMITTED', 'APPROVAL_RESUBMITTED') AND details LIKE '%attests SUBMISSION_ROUND %'),
        (SELECT max(id) FROM approval_request_rounds)) AS through_id
) noted
WHERE EXISTS (SELECT 1 FROM approval_request_rounds WHERE id <= noted.through_id);
