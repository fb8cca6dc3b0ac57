-- Registered intakes still not accepted :hours hours after they were reported.
SELECT 'case:' || c.id                AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       c.registered_by                AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'hours', :hours, 'reportedAt', c.reported_at) AS details
FROM cases c
WHERE c.state = 'REGISTERED'
  AND c.reported_at < :now - interval '1 hour' * :hours
