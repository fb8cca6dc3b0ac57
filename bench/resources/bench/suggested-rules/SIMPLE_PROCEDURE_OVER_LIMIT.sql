-- Suggested form: a fine above the limit of its day is above the lowest limit of any day, so
-- only those decisions need the per-day look-up.
SELECT 'onsite:' || o.id              AS subject_key,
       NULL::bigint                   AS case_id,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'fineFen', o.fine_fen,
                          'limitFen', limits.limit_fen) AS details
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
  AND o.fine_fen > (SELECT min(limit_fen) FROM procedure_rules WHERE kind = 'SIMPLE_FINE_LIMIT')
