-- Cases filed more than :graceHours hours ago that lack a material type :requiredMaterials lists
-- for their current state ({"STATE": ["MATERIAL_TYPE", ...]}).
SELECT 'case:' || c.id                AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, c.registered_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'state', c.state,
                          'missing', string_agg(required.material_type, ', ' ORDER BY required.material_type)) AS details
FROM cases c
CROSS JOIN LATERAL jsonb_array_elements_text(CAST(:requiredMaterials AS jsonb) -> c.state) AS required (material_type)
WHERE c.state IN (SELECT jsonb_object_keys(CAST(:requiredMaterials AS jsonb)))
  AND c.filed_at < :now - interval '1 hour' * :graceHours
  AND NOT EXISTS (SELECT 1 FROM case_materials m
                  WHERE m.case_id = c.id AND m.material_type = required.material_type)
GROUP BY c.id
