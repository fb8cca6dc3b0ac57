-- Property still held :graceDays days after its disposal deadline, counted in the unit's zone.
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
