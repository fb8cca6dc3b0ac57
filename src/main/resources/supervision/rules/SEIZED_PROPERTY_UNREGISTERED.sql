-- Property seized more than :graceHours hours ago that never reached the custody register and
-- has not been disposed of.
SELECT 'property:' || p.id            AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, p.created_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'property', p.description, 'seizedAt', p.seized_at) AS details
FROM seized_property p
JOIN cases c ON c.id = p.case_id
WHERE p.register_number IS NULL
  AND p.disposed_at IS NULL
  AND p.seized_at < :now - interval '1 hour' * :graceHours
