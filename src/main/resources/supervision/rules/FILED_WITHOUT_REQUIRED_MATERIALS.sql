-- Cases filed more than :graceHours hours ago that lack a material type :requiredMaterials lists
-- for their current state ({"STATE": ["MATERIAL_TYPE", ...]}). The (state, type) pairs are
-- expanded once and joined to cases by state, so the anti join probes
-- case_materials_case_type_idx instead of evaluating JSON per case.
WITH required AS (
    SELECT st.key AS state, t.material_type
    FROM jsonb_each(CAST(:requiredMaterials AS jsonb)) st, jsonb_array_elements_text(st.value) t (material_type)
)
SELECT 'case:' || c.id                AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, c.registered_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'state', c.state,
                          'missing', string_agg(r.material_type, ', ' ORDER BY r.material_type)) AS details
FROM required r
JOIN cases c ON c.state = r.state
WHERE c.filed_at < :now - interval '1 hour' * :graceHours
  -- A material voided as added by mistake is no longer part of the case file.
  AND NOT EXISTS (SELECT 1 FROM case_materials m WHERE m.case_id = c.id AND m.material_type = r.material_type
                  AND m.voided_at IS NULL)
GROUP BY c.id
