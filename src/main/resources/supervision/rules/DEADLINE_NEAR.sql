-- Open case deadlines inside their own warning window (the warn_before_hours each deadline
-- copied from its deadline rule), and running compulsory measures within :measureWarnHours hours
-- of the longest duration :measureMaxDays allows ({"MEASURE_TYPE": days}).
SELECT 'deadline:' || d.id            AS subject_key,
       c.id                           AS case_id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, c.registered_by) AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'deadline', d.rule_code, 'dueAt', d.due_at) AS details
FROM case_deadlines d
JOIN cases c ON c.id = d.case_id
WHERE d.closed_at IS NULL
  AND d.due_at >= :now
  AND d.due_at < :now + interval '1 hour' * d.warn_before_hours
UNION ALL
SELECT 'measure:' || m.id,
       c.id,
       c.unit_id,
       c.unit_path,
       COALESCE(c.handler_id, m.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'deadline', m.measure_type,
                          'dueAt', m.started_at + interval '1 day' * limits.days)
FROM compulsory_measures m
JOIN cases c ON c.id = m.case_id
JOIN LATERAL (SELECT (CAST(:measureMaxDays AS jsonb) ->> m.measure_type)::int AS days) limits ON limits.days IS NOT NULL
WHERE m.ended_at IS NULL
  AND m.started_at + interval '1 day' * limits.days >= :now
  AND m.started_at + interval '1 day' * limits.days < :now + interval '1 hour' * :measureWarnHours
