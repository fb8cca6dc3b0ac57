-- Requests to take a compulsory measure stored the measure's message code in their summary
-- ("徐娜：enum.MeasureType.CRIMINAL_DETENTION"), which the request page, the queues and the case
-- timeline showed as it was. Summaries are stored text, so they get the measure's name instead.
-- Signatures do not contain the summary; the audit log is not touched.
WITH names (code, name) AS (VALUES
        ('enum.MeasureType.SUMMONS', '传唤'),
        ('enum.MeasureType.CRIMINAL_DETENTION', '刑事拘留'),
        ('enum.MeasureType.BAIL_PENDING_TRIAL', '取保候审'),
        ('enum.MeasureType.RESIDENTIAL_SURVEILLANCE', '监视居住')),
    requests AS (
        UPDATE approval_requests r SET summary = replace(r.summary, n.code, n.name)
        FROM names n WHERE r.action = 'MEASURE_TAKE' AND r.summary LIKE '%' || n.code
        RETURNING r.id)
UPDATE case_timeline t SET note = replace(t.note, n.code, n.name)
FROM names n WHERE t.event_type IN ('APPROVAL_SUBMITTED', 'APPROVAL_RESUBMITTED') AND t.note LIKE '%' || n.code;
