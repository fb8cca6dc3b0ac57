-- 有案不立: accepted more than :days days ago, neither filed nor declined.
SELECT 'case:' || c.id                AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, c.registered_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'days', :days, 'acceptedAt', c.accepted_at) AS details
FROM cases c
WHERE c.state = 'ACCEPTED'
  AND c.accepted_at < :now - interval '1 day' * :days
