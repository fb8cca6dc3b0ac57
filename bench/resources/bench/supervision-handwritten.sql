-- Every supervision check as one hand-written statement: the reference the engine is measured
-- against. Same conditions and the same output columns (details included) as the engine's rules
-- in supervision/rules/*.sql, reading the same parameters from supervision_rules, so the only
-- difference is how the work is organised. Disabled rules are left out, as the engine does.
WITH p AS (
    SELECT now() AS now,
           (SELECT (parameters ->> 'hours')::int FROM supervision_rules WHERE code = 'INTAKE_NOT_ACCEPTED') AS intake_hours,
           (SELECT (parameters ->> 'days')::int FROM supervision_rules WHERE code = 'ACCEPTED_NOT_FILED') AS accepted_days,
           (SELECT (parameters ->> 'graceHours')::int FROM supervision_rules WHERE code = 'FILED_WITHOUT_REQUIRED_MATERIALS') AS materials_grace,
           (SELECT parameters -> 'requiredMaterials' FROM supervision_rules WHERE code = 'FILED_WITHOUT_REQUIRED_MATERIALS') AS required_materials,
           (SELECT (parameters ->> 'measureWarnHours')::int FROM supervision_rules WHERE code = 'DEADLINE_NEAR') AS measure_warn_hours,
           (SELECT parameters -> 'measureMaxDays' FROM supervision_rules WHERE code = 'DEADLINE_NEAR') AS near_max_days,
           (SELECT parameters -> 'measureMaxDays' FROM supervision_rules WHERE code = 'DEADLINE_PASSED') AS passed_max_days,
           (SELECT (parameters ->> 'graceHours')::int FROM supervision_rules WHERE code = 'SEIZED_PROPERTY_UNREGISTERED') AS unregistered_grace,
           (SELECT (parameters ->> 'graceDays')::int FROM supervision_rules WHERE code = 'SEIZED_PROPERTY_KEPT_TOO_LONG') AS kept_grace_days,
           (SELECT (parameters ->> 'graceHours')::int FROM supervision_rules WHERE code = 'DECISION_MISSING_FROM_LEDGER') AS ledger_grace,
           (SELECT (parameters ->> 'minSeconds')::int FROM supervision_rules WHERE code = 'SIGNED_TOO_FAST') AS min_seconds,
           (SELECT (parameters ->> 'marginMinutes')::int FROM supervision_rules WHERE code = 'ONSITE_WITHOUT_BODYCAM') AS margin_minutes,
           (SELECT array_agg(code) FROM supervision_rules WHERE enabled) AS enabled
), in_force AS (
    SELECT bool_or(kind = 'MANDATORY_POINTS') AS points,
           bool_or(kind = 'MANDATORY_DETENTION') AS detention,
           bool_or(kind = 'MANDATORY_LICENCE') AS licence
    FROM procedure_rules, p
    WHERE effective_from <= CAST(p.now AS date) AND (repealed_on IS NULL OR repealed_on > CAST(p.now AS date))
), required AS (
    -- the (state, material type) pairs the parameter lists, expanded once
    SELECT st.key AS state, t.material_type
    FROM p, jsonb_each(p.required_materials) st, jsonb_array_elements_text(st.value) t (material_type)
), approved AS (
    SELECT pd.id, pd.case_id, pd.case_number, pd.unit_id, pd.unit_path, pd.proposed_by, pd.document_id, pd.document_number,
           pd.fine_fen, pd.detention_days, pd.points,
           (SELECT max(s.signed_at) FROM approval_signatures s
            WHERE s.request_id = r.id AND s.round = r.round AND s.decision = 'APPROVE') AS last_signed_at
    FROM penalty_decisions pd
    JOIN approval_requests r ON r.id = pd.approval_request_id
    WHERE pd.status = 'ISSUED' AND r.status = 'APPROVED'
)
SELECT 'INTAKE_NOT_ACCEPTED' AS rule_code, 'case:' || c.id AS subject_key, c.id AS case_id, c.unit_id, c.unit_path,
       c.registered_by AS officer_id,
       jsonb_build_object('caseNumber', c.case_number, 'hours', p.intake_hours, 'reportedAt', c.reported_at) AS details
FROM cases c, p
WHERE 'INTAKE_NOT_ACCEPTED' = ANY (p.enabled) AND c.state = 'REGISTERED' AND c.reported_at < p.now - interval '1 hour' * p.intake_hours
UNION ALL
SELECT 'ACCEPTED_NOT_FILED', 'case:' || c.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, c.registered_by),
       jsonb_build_object('caseNumber', c.case_number, 'days', p.accepted_days, 'acceptedAt', c.accepted_at)
FROM cases c, p
WHERE 'ACCEPTED_NOT_FILED' = ANY (p.enabled) AND c.state = 'ACCEPTED' AND c.accepted_at < p.now - interval '1 day' * p.accepted_days
UNION ALL
SELECT 'FILED_WITHOUT_REQUIRED_MATERIALS', 'case:' || c.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, c.registered_by),
       jsonb_build_object('caseNumber', c.case_number, 'state', c.state,
                          'missing', string_agg(r.material_type, ', ' ORDER BY r.material_type))
FROM required r
JOIN cases c ON c.state = r.state
CROSS JOIN p
WHERE 'FILED_WITHOUT_REQUIRED_MATERIALS' = ANY (p.enabled)
  AND c.filed_at < p.now - interval '1 hour' * p.materials_grace
  AND NOT EXISTS (SELECT 1 FROM case_materials m WHERE m.case_id = c.id AND m.material_type = r.material_type)
GROUP BY c.id
UNION ALL
SELECT CASE WHEN d.due_at < p.now THEN 'DEADLINE_PASSED' ELSE 'DEADLINE_NEAR' END, 'deadline:' || d.id, c.id, c.unit_id,
       c.unit_path, COALESCE(c.handler_id, c.registered_by),
       jsonb_build_object('caseNumber', c.case_number, 'deadline', d.rule_code, 'dueAt', d.due_at)
FROM case_deadlines d
JOIN cases c ON c.id = d.case_id
CROSS JOIN p
WHERE d.closed_at IS NULL
  AND ((d.due_at < p.now AND 'DEADLINE_PASSED' = ANY (p.enabled))
       OR (d.due_at >= p.now AND d.due_at < p.now + interval '1 hour' * d.warn_before_hours AND 'DEADLINE_NEAR' = ANY (p.enabled)))
UNION ALL
SELECT rule.code, 'measure:' || m.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, m.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'deadline', m.measure_type,
                          'dueAt', m.started_at + interval '1 day' * rule.days)
FROM compulsory_measures m
JOIN cases c ON c.id = m.case_id
CROSS JOIN p
CROSS JOIN LATERAL (VALUES ('DEADLINE_NEAR', (p.near_max_days ->> m.measure_type)::int),
                           ('DEADLINE_PASSED', (p.passed_max_days ->> m.measure_type)::int)) AS rule (code, days)
WHERE m.ended_at IS NULL AND rule.days IS NOT NULL AND rule.code = ANY (p.enabled)
  AND CASE rule.code
          WHEN 'DEADLINE_PASSED' THEN m.started_at + interval '1 day' * rule.days < p.now
          ELSE m.started_at + interval '1 day' * rule.days >= p.now
               AND m.started_at + interval '1 day' * rule.days < p.now + interval '1 hour' * p.measure_warn_hours END
UNION ALL
SELECT 'SEIZED_PROPERTY_UNREGISTERED', 'property:' || sp.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, sp.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'property', sp.description, 'seizedAt', sp.seized_at)
FROM seized_property sp
JOIN cases c ON c.id = sp.case_id
CROSS JOIN p
WHERE 'SEIZED_PROPERTY_UNREGISTERED' = ANY (p.enabled) AND sp.register_number IS NULL AND sp.disposed_at IS NULL
  AND sp.seized_at < p.now - interval '1 hour' * p.unregistered_grace
UNION ALL
SELECT 'SEIZED_PROPERTY_KEPT_TOO_LONG', 'property:' || sp.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, sp.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'property', sp.description, 'disposalDue', sp.disposal_due)
FROM seized_property sp
JOIN cases c ON c.id = sp.case_id
JOIN units u ON u.id = c.unit_id
CROSS JOIN p
WHERE 'SEIZED_PROPERTY_KEPT_TOO_LONG' = ANY (p.enabled) AND sp.disposed_at IS NULL
  AND sp.disposal_due + p.kept_grace_days < CAST(p.now AT TIME ZONE u.zone_id AS date)
  -- no zone is more than a day ahead of UTC: lets the open-property index find the candidates
  AND sp.disposal_due + p.kept_grace_days < CAST(p.now AS date) + 1
UNION ALL
SELECT 'LEDGER_WITHOUT_CASE_FILE', 'penalty:' || pd.id, pd.case_id, pd.unit_id, pd.unit_path, pd.proposed_by,
       jsonb_build_object('caseNumber', pd.case_number, 'entry', 'PENALTY_DECISION', 'reference', pd.document_number,
                          'caseState', COALESCE(c.state, 'MISSING'))
FROM penalty_decisions pd
LEFT JOIN cases c ON c.id = pd.case_id
CROSS JOIN p
WHERE 'LEDGER_WITHOUT_CASE_FILE' = ANY (p.enabled) AND pd.status = 'ISSUED'
  AND (c.id IS NULL OR c.state NOT IN ('DECIDED', 'CLOSED'))
UNION ALL
SELECT 'LEDGER_WITHOUT_CASE_FILE', 'property:' || sp.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, sp.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'entry', 'SEIZED_PROPERTY', 'reference', sp.register_number,
                          'caseState', c.state)
FROM seized_property sp
JOIN cases c ON c.id = sp.case_id
CROSS JOIN p
WHERE 'LEDGER_WITHOUT_CASE_FILE' = ANY (p.enabled) AND sp.register_number IS NOT NULL
  AND ((sp.disposed_at IS NULL AND c.state IN ('REVOKED', 'NOT_FILED')) OR (sp.disposal = 'CONFISCATED' AND c.decided_at IS NULL))
UNION ALL
SELECT 'LEDGER_WITHOUT_CASE_FILE', 'measure:' || m.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, m.created_by),
       jsonb_build_object('caseNumber', c.case_number, 'entry', m.measure_type, 'reference', m.id::text, 'caseState', c.state)
FROM compulsory_measures m
JOIN cases c ON c.id = m.case_id
CROSS JOIN p
WHERE 'LEDGER_WITHOUT_CASE_FILE' = ANY (p.enabled) AND m.ended_at IS NULL
  AND m.measure_type IN ('CRIMINAL_DETENTION', 'BAIL_PENDING_TRIAL', 'RESIDENTIAL_SURVEILLANCE')
  AND c.state IN ('REVOKED', 'NOT_FILED', 'CLOSED')
UNION ALL
SELECT 'DECISION_MISSING_FROM_LEDGER', 'case:' || c.id, c.id, c.unit_id, c.unit_path, COALESCE(c.handler_id, c.registered_by),
       jsonb_build_object('caseNumber', c.case_number, 'decidedAt', c.decided_at)
FROM cases c, p
WHERE 'DECISION_MISSING_FROM_LEDGER' = ANY (p.enabled) AND c.state IN ('DECIDED', 'CLOSED')
  AND c.decision_kind = 'ADMINISTRATIVE_PENALTY' AND c.decided_at < p.now - interval '1 hour' * p.ledger_grace
  AND NOT EXISTS (SELECT 1 FROM penalty_decisions pd WHERE pd.case_id = c.id AND pd.status = 'ISSUED')
UNION ALL
SELECT 'PENALTY_OUT_OF_RANGE', 'penalty:' || pd.id, pd.case_id, pd.unit_id, pd.unit_path, pd.proposed_by,
       jsonb_build_object('caseNumber', pd.case_number, 'reference', pd.document_number, 'violation', pd.violation_code,
                          'deviationReason', pd.deviation_reason)
FROM penalty_decisions pd, p
WHERE 'PENALTY_OUT_OF_RANGE' = ANY (p.enabled) AND pd.out_of_range AND pd.deviation_reason IS NOT NULL AND pd.status = 'ISSUED'
UNION ALL
SELECT 'PENALTY_OUT_OF_RANGE', 'onsite:' || o.id, NULL, o.unit_id, o.unit_path, o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'violation', o.violation_code,
                          'deviationReason', o.deviation_reason)
FROM onsite_decisions o, p
WHERE 'PENALTY_OUT_OF_RANGE' = ANY (p.enabled) AND o.out_of_range AND o.deviation_reason IS NOT NULL
UNION ALL
SELECT 'SIMPLE_PROCEDURE_OVER_LIMIT', 'onsite:' || o.id, NULL, o.unit_id, o.unit_path, o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'fineFen', o.fine_fen, 'limitFen', limits.limit_fen)
FROM onsite_decisions o
JOIN violations v ON v.id = o.violation_id
JOIN units u ON u.id = o.unit_id
CROSS JOIN p
JOIN LATERAL (
    SELECT min(r.limit_fen) AS limit_fen
    FROM procedure_rules r
    WHERE r.kind = 'SIMPLE_FINE_LIMIT' AND r.domain IN ('ALL', v.domain) AND r.offender IN ('ANY', 'CITIZEN')
      AND r.effective_from <= CAST(o.issued_at AT TIME ZONE u.zone_id AS date)
      AND (r.repealed_on IS NULL OR r.repealed_on > CAST(o.issued_at AT TIME ZONE u.zone_id AS date))
) limits ON limits.limit_fen IS NOT NULL
WHERE 'SIMPLE_PROCEDURE_OVER_LIMIT' = ANY (p.enabled) AND o.fine_fen > limits.limit_fen
  -- a fine above the limit of its day is above the lowest limit of any day: prune before the lookup
  AND o.fine_fen > (SELECT min(limit_fen) FROM procedure_rules WHERE kind = 'SIMPLE_FINE_LIMIT')
UNION ALL
SELECT 'MANDATORY_COMPONENT_OMITTED', 'penalty:' || pd.id, pd.case_id, pd.unit_id, pd.unit_path, pd.proposed_by,
       jsonb_build_object('caseNumber', pd.case_number, 'reference', pd.document_number,
           'omitted', concat_ws(', ',
               CASE WHEN f.points AND pd.points < v.points THEN 'POINTS' END,
               CASE WHEN f.detention AND g.detention_required AND pd.detention_days IS NULL THEN 'DETENTION' END,
               CASE WHEN g.fine_required AND pd.fine_fen IS NULL THEN 'FINE' END,
               CASE WHEN f.licence AND g.licence_required AND pd.licence_action = 'NONE' THEN 'LICENCE' END,
               CASE WHEN pd.omission_reason IS NOT NULL THEN 'REASONED' END))
FROM penalty_decisions pd
CROSS JOIN in_force f
CROSS JOIN p
JOIN violations v ON v.id = pd.violation_id
LEFT JOIN discretion_grades g ON g.standard_id = pd.standard_id AND g.grade = pd.grade
WHERE 'MANDATORY_COMPONENT_OMITTED' = ANY (p.enabled) AND pd.status = 'ISSUED'
  AND ((f.points AND pd.points < v.points)
       OR (f.detention AND g.detention_required AND pd.detention_days IS NULL)
       OR (g.fine_required AND pd.fine_fen IS NULL)
       OR (f.licence AND g.licence_required AND pd.licence_action = 'NONE')
       OR pd.omission_reason IS NOT NULL)
UNION ALL
SELECT 'MANDATORY_COMPONENT_OMITTED', 'onsite:' || o.id, NULL, o.unit_id, o.unit_path, o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number,
           'omitted', concat_ws(', ', CASE WHEN f.points AND o.points < v.points THEN 'POINTS' END,
                                     CASE WHEN o.omission_reason IS NOT NULL THEN 'REASONED' END))
FROM onsite_decisions o
CROSS JOIN in_force f
CROSS JOIN p
JOIN violations v ON v.id = o.violation_id
WHERE 'MANDATORY_COMPONENT_OMITTED' = ANY (p.enabled) AND ((f.points AND o.points < v.points) OR o.omission_reason IS NOT NULL)
UNION ALL
SELECT 'DECISION_CHANGED_AFTER_APPROVAL', 'penalty:' || a.id, a.case_id, a.unit_id, a.unit_path, a.proposed_by,
       jsonb_build_object('caseNumber', a.case_number, 'reference', a.document_number,
                          'change', CASE WHEN correction.id IS NOT NULL THEN 'CORRECTED' ELSE 'CONTENT' END)
FROM approved a
CROSS JOIN p
JOIN legal_documents d ON d.id = a.document_id
LEFT JOIN legal_documents correction ON correction.corrects_id = d.id
    AND correction.issued_at > a.last_signed_at
    AND NOT EXISTS (SELECT 1 FROM approval_requests later
                    WHERE later.subject_type = 'PENALTY_DECISION' AND later.subject_id = a.id::text
                      AND later.status = 'APPROVED' AND later.decided_at > a.last_signed_at)
WHERE 'DECISION_CHANGED_AFTER_APPROVAL' = ANY (p.enabled)
  AND (correction.id IS NOT NULL
       OR COALESCE(a.fine_fen::text, '') <> COALESCE(CAST(d.fields AS jsonb) ->> 'fineFen', '')
       OR COALESCE(a.detention_days::text, '') <> COALESCE(CAST(d.fields AS jsonb) ->> 'detentionDays', '')
       OR a.points::text <> COALESCE(CAST(d.fields AS jsonb) ->> 'points', a.points::text))
UNION ALL
SELECT 'SIGNED_TOO_FAST', 'signature:' || s.id, s.case_id, r.case_unit_id, r.case_unit_path, s.signer_id,
       jsonb_build_object('caseNumber', r.case_number, 'link', s.link_name,
                          'seconds', floor(extract(epoch FROM s.signed_at - s.materials_first_opened_at))::int,
                          'minSeconds', p.min_seconds)
FROM approval_signatures s
JOIN approval_requests r ON r.id = s.request_id
CROSS JOIN p
WHERE 'SIGNED_TOO_FAST' = ANY (p.enabled) AND s.decision = 'APPROVE' AND s.materials_first_opened_at IS NOT NULL
  AND s.signed_at < s.materials_first_opened_at + interval '1 second' * p.min_seconds
UNION ALL
SELECT 'ONSITE_WITHOUT_BODYCAM', 'onsite:' || o.id, NULL, o.unit_id, o.unit_path, o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'clip', o.bodycam_clip, 'occurredAt', o.occurred_at)
FROM onsite_decisions o
CROSS JOIN p
-- One probe of the partial (device_code, recorded_from) index per decision, from the newest clip
-- that starts early enough: the covering clip, if any, is almost always the first one read.
LEFT JOIN LATERAL (
    SELECT 1 AS found FROM case_materials m
    WHERE m.material_type = 'BODYCAM_CLIP' AND m.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND m.recorded_from <= o.occurred_at + interval '1 minute' * p.margin_minutes
      AND m.recorded_to >= o.occurred_at - interval '1 minute' * p.margin_minutes
    ORDER BY m.recorded_from DESC
    LIMIT 1) clip ON TRUE
-- The same probe of traffic's clip register, only when no case material covered the decision.
LEFT JOIN LATERAL (
    SELECT 1 AS found FROM bodycam_clips r
    WHERE clip.found IS NULL AND r.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND r.recorded_from <= o.occurred_at + interval '1 minute' * p.margin_minutes
      AND r.recorded_to >= o.occurred_at - interval '1 minute' * p.margin_minutes
    ORDER BY r.recorded_from DESC
    LIMIT 1) registered ON TRUE
WHERE 'ONSITE_WITHOUT_BODYCAM' = ANY (p.enabled) AND clip.found IS NULL AND registered.found IS NULL
