-- Issued decisions outside their discretion standard's range, with the officer's deviation reason.
SELECT 'penalty:' || p.id             AS subject_key,
       p.case_id,
       p.unit_id,
       p.unit_path,
       p.proposed_by                  AS officer_id,
       jsonb_build_object('caseNumber', p.case_number, 'reference', p.document_number, 'violation', p.violation_code,
                          'deviationReason', p.deviation_reason) AS details
FROM penalty_decisions p
WHERE p.out_of_range
  AND p.deviation_reason IS NOT NULL
  AND p.status = 'ISSUED'
UNION ALL
SELECT 'onsite:' || o.id,
       NULL,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'violation', o.violation_code,
                          'deviationReason', o.deviation_reason)
FROM onsite_decisions o
WHERE o.out_of_range
  AND o.deviation_reason IS NOT NULL
