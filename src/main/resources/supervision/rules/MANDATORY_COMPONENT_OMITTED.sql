-- Issued decisions that leave out a component that must apply, while the procedure rule
-- requiring it is in force, or that record an omission reason.
WITH in_force AS (
    SELECT bool_or(kind = 'MANDATORY_POINTS')    AS points,
           bool_or(kind = 'MANDATORY_DETENTION') AS detention,
           bool_or(kind = 'MANDATORY_LICENCE')   AS licence
    FROM procedure_rules
    WHERE effective_from <= CAST(:now AS date) AND (repealed_on IS NULL OR repealed_on > CAST(:now AS date))
)
SELECT 'penalty:' || p.id             AS subject_key,
       p.case_id,
       p.unit_id,
       p.unit_path,
       p.proposed_by                  AS officer_id,
       jsonb_build_object('caseNumber', p.case_number, 'reference', p.document_number,
           'omitted', concat_ws(', ',
               CASE WHEN f.points AND p.points < v.points THEN 'POINTS' END,
               CASE WHEN f.detention AND g.detention_required AND p.detention_days IS NULL THEN 'DETENTION' END,
               CASE WHEN g.fine_required AND p.fine_fen IS NULL THEN 'FINE' END,
               CASE WHEN f.licence AND g.licence_required AND p.licence_action = 'NONE' THEN 'LICENCE' END,
               CASE WHEN p.omission_reason IS NOT NULL THEN 'REASONED' END)) AS details
FROM penalty_decisions p
CROSS JOIN in_force f
JOIN violations v ON v.id = p.violation_id
LEFT JOIN discretion_grades g ON g.standard_id = p.standard_id AND g.grade = p.grade
WHERE p.status = 'ISSUED'
  AND ((f.points AND p.points < v.points)
       OR (f.detention AND g.detention_required AND p.detention_days IS NULL)
       OR (g.fine_required AND p.fine_fen IS NULL)
       OR (f.licence AND g.licence_required AND p.licence_action = 'NONE')
       OR p.omission_reason IS NOT NULL)
UNION ALL
SELECT 'onsite:' || o.id,
       NULL,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number,
           'omitted', concat_ws(', ',
               CASE WHEN f.points AND o.points < v.points THEN 'POINTS' END,
               CASE WHEN o.omission_reason IS NOT NULL THEN 'REASONED' END))
FROM onsite_decisions o
CROSS JOIN in_force f
JOIN violations v ON v.id = o.violation_id
WHERE (f.points AND o.points < v.points)
   OR o.omission_reason IS NOT NULL
