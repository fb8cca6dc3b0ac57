-- Register entries with no basis in a case file.
-- 1. Issued penalty decisions (the penalty and fine register) whose case is missing or undecided.
SELECT 'penalty:' || p.id             AS subject_key,
       p.case_id,
       p.unit_id,
       p.unit_path,
       p.proposed_by                  AS officer_id,
       jsonb_build_object('caseNumber', p.case_number, 'entry', 'PENALTY_DECISION', 'reference', p.document_number,
                          'caseState', COALESCE(c.state, 'MISSING')) AS details
FROM penalty_decisions p
LEFT JOIN cases c ON c.id = p.case_id
WHERE p.status = 'ISSUED'
  AND (c.id IS NULL OR c.state NOT IN ('DECIDED', 'CLOSED'))
UNION ALL
-- 2. Registered property still held on a revoked or declined case; confiscated property whose
--    case has no decision.
SELECT 'property:' || p.id,
       c.id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, p.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'entry', 'SEIZED_PROPERTY', 'reference', p.register_number,
                          'caseState', c.state)
FROM seized_property p
JOIN cases c ON c.id = p.case_id
WHERE p.register_number IS NOT NULL
  AND ((p.disposed_at IS NULL AND c.state IN ('REVOKED', 'NOT_FILED'))
       OR (p.disposal = 'CONFISCATED' AND c.decided_at IS NULL))
UNION ALL
-- 3. Detention, bail or residential surveillance still running on a revoked, declined or closed case.
SELECT 'measure:' || m.id,
       c.id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, m.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'entry', m.measure_type, 'reference', m.id::text,
                          'caseState', c.state)
FROM compulsory_measures m
JOIN cases c ON c.id = m.case_id
WHERE m.ended_at IS NULL
  AND m.measure_type IN ('CRIMINAL_DETENTION', 'BAIL_PENDING_TRIAL', 'RESIDENTIAL_SURVEILLANCE')
  AND c.state IN ('REVOKED', 'NOT_FILED', 'CLOSED')
