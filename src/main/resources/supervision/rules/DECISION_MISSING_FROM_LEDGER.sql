-- Cases decided with an administrative penalty more than :graceHours hours ago with no issued
-- decision in the penalty-decision register.
SELECT 'case:' || c.id                AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, c.registered_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'decidedAt', c.decided_at) AS details
FROM cases c
WHERE c.state IN ('DECIDED', 'CLOSED')
  AND c.decision_kind = 'ADMINISTRATIVE_PENALTY'
  AND c.decided_at < :now - interval '1 hour' * :graceHours
  AND NOT EXISTS (SELECT 1 FROM penalty_decisions p WHERE p.case_id = c.id AND p.status = 'ISSUED')
