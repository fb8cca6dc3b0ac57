-- On-site (simple procedure) fines above the lowest SIMPLE_FINE_LIMIT procedure rule in force on
-- the day of the decision for its domain and for a citizen (the driver).
SELECT 'onsite:' || o.id              AS subject_key,
       NULL::bigint                   AS case_id,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'fineFen', o.fine_fen,
                          'limitFen', limits.limit_fen,
                          'fineYuan', to_char(o.fine_fen / 100.0, 'FM999999990.00'),
                          'limitYuan', to_char(limits.limit_fen / 100.0, 'FM999999990.00')) AS details
FROM onsite_decisions o
JOIN violations v ON v.id = o.violation_id
JOIN units u ON u.id = o.unit_id
JOIN LATERAL (
    SELECT min(r.limit_fen) AS limit_fen
    FROM procedure_rules r
    WHERE r.kind = 'SIMPLE_FINE_LIMIT'
      AND r.domain IN ('ALL', v.domain)
      AND r.offender IN ('ANY', 'CITIZEN')
      AND r.effective_from <= CAST(o.issued_at AT TIME ZONE u.zone_id AS date)
      AND (r.repealed_on IS NULL OR r.repealed_on > CAST(o.issued_at AT TIME ZONE u.zone_id AS date))
) limits ON limits.limit_fen IS NOT NULL
WHERE o.fine_fen > limits.limit_fen
  -- A fine above its day's limit is above the lowest limit ever seeded, so this cheap filter
  -- leaves the per-decision look-up only the few candidates.
  AND o.fine_fen > (SELECT min(limit_fen) FROM procedure_rules WHERE kind = 'SIMPLE_FINE_LIMIT')
