-- Suggested form: no zone is a day ahead of UTC, so the extra condition lets the open-property
-- index on disposal_due find the candidates before the joins.
SELECT 'property:' || p.id            AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, p.created_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'property', p.description, 'disposalDue', p.disposal_due) AS details
FROM seized_property p
JOIN cases c ON c.id = p.case_id
JOIN units u ON u.id = c.unit_id
WHERE p.disposed_at IS NULL
  AND p.disposal_due + :graceDays < CAST(:now AT TIME ZONE u.zone_id AS date)
  AND p.disposal_due + :graceDays < CAST(:now AS date) + 1
