-- A realistic dataset for the supervision benchmark, generated set-based. ${cases} is the number
-- of cases and ${now} the moment the dataset is "as of"; every time below is relative to it.
-- Each anomaly a supervision rule looks for is seeded at a known rate, chosen by the case id
-- modulo 1000 (on-site decisions by their own id), and recorded in bench_expected with the
-- subject key the engine uses. Everything else is made clean for every rule.
-- Steps are separated by "-- @step" lines; the benchmark times each.

-- @step clear
TRUNCATE supervision_alert_events, supervision_rectifications, supervision_alerts, supervision_runs,
         point_records, onsite_decisions, legal_documents, penalty_decisions, approval_signatures,
         approval_link_signers, approval_request_materials, approval_requests, material_views, case_materials,
         seized_property, case_pending_actions, case_deadlines, compulsory_measures, case_parties, case_timeline,
         cases, account_roles, accounts, officers, units RESTART IDENTITY CASCADE;
DROP TABLE IF EXISTS bench_plan, bench_expected, bench_standard;
CREATE TABLE bench_expected (rule_code VARCHAR(64) NOT NULL, subject_key VARCHAR(128) NOT NULL);

-- @step units: 10 city bureaus, each with a legal department, 5 sub-bureaus and 30 stations
INSERT INTO units (id, parent_id, code, name_zh, name_en, short_name, kind, path)
SELECT c, NULL, lpad(c::text, 12, '0'), '基准市公安局' || c, 'Bench city bureau ' || c, '基' || c, 'BUREAU', '/' || c || '/'
FROM generate_series(1, 10) c;
INSERT INTO units (id, parent_id, code, name_zh, name_en, short_name, kind, path, legal_affairs)
SELECT 100 + c, c, lpad((100 + c)::text, 12, '0'), '法制支队' || c, 'Legal department ' || c, '法' || c, 'DEPARTMENT',
       '/' || c || '/' || (100 + c) || '/', TRUE
FROM generate_series(1, 10) c;
INSERT INTO units (id, parent_id, code, name_zh, name_en, short_name, kind, path)
SELECT 1000 + c * 10 + s, c, lpad((1000 + c * 10 + s)::text, 12, '0'), '分局' || c || '-' || s, 'Sub-bureau ' || c || '-' || s,
       '分' || c || s, 'SUB_BUREAU', '/' || c || '/' || (1000 + c * 10 + s) || '/'
FROM generate_series(1, 10) c, generate_series(0, 4) s;
INSERT INTO units (id, parent_id, code, name_zh, name_en, short_name, kind, path)
SELECT 10000 + c * 100 + s * 10 + t, 1000 + c * 10 + s, lpad((10000 + c * 100 + s * 10 + t)::text, 12, '0'),
       '派出所' || c || '-' || s || '-' || t, 'Station ' || c || '-' || s || '-' || t, '所' || c || s || t, 'STATION',
       '/' || c || '/' || (1000 + c * 10 + s) || '/' || (10000 + c * 100 + s * 10 + t) || '/'
FROM generate_series(1, 10) c, generate_series(0, 4) s, generate_series(0, 5) t;

-- @step officers: ten per station, four per other unit; officer id = unit id * 10 + k
INSERT INTO officers (id, police_number, name, unit_id, qualification_level, qualification_valid_from, qualification_valid_until)
SELECT u.id * 10 + k, lpad((u.id * 10 + k)::text, 8, '0'), '民警' || (u.id * 10 + k), u.id, 'ADVANCED', DATE '2024-01-01', DATE '2030-12-31'
FROM units u
CROSS JOIN LATERAL generate_series(0, CASE WHEN u.kind = 'STATION' THEN 9 ELSE 3 END) k;

-- @step plan: what each case is (state, type, times, seeded anomaly)
CREATE UNLOGGED TABLE bench_plan AS
WITH base AS (
    SELECT g,
           CASE WHEN g % 1000 < 5 THEN 'INTAKE_NOT_ACCEPTED'
                WHEN g % 1000 < 15 THEN 'ACCEPTED_NOT_FILED'
                WHEN g % 1000 < 20 THEN 'FILED_WITHOUT_REQUIRED_MATERIALS'
                WHEN g % 1000 < 25 THEN 'DEADLINE_NEAR'
                WHEN g % 1000 < 30 THEN 'DEADLINE_PASSED'
                WHEN g % 1000 < 33 THEN 'SEIZED_PROPERTY_UNREGISTERED'
                WHEN g % 1000 < 36 THEN 'SEIZED_PROPERTY_KEPT_TOO_LONG'
                WHEN g % 1000 < 38 THEN 'LEDGER_WITHOUT_CASE_FILE'
                WHEN g % 1000 < 40 THEN 'DECISION_MISSING_FROM_LEDGER'
                WHEN g % 1000 < 43 THEN 'PENALTY_OUT_OF_RANGE'
                WHEN g % 1000 < 45 THEN 'DECISION_CHANGED_AFTER_APPROVAL'
                WHEN g % 1000 < 50 THEN 'SIGNED_TOO_FAST'
                ELSE 'NORMAL' END AS profile,
           (g / 7) % 100 AS n,
           1 + (g % 300) / 30 AS city,
           ((g % 300) % 30) / 6 AS sub,
           (g % 300) % 6 AS st
    FROM generate_series(1, ${cases}) g
), shaped AS (
    SELECT b.*,
           10000 + city * 100 + sub * 10 + st AS station,
           1000 + city * 10 + sub AS sub_bureau,
           CASE WHEN profile <> 'NORMAL' THEN 'ADMINISTRATIVE' WHEN g % 5 = 1 THEN 'CRIMINAL' ELSE 'ADMINISTRATIVE' END AS case_type,
           CASE profile
               WHEN 'INTAKE_NOT_ACCEPTED' THEN 'REGISTERED'
               WHEN 'ACCEPTED_NOT_FILED' THEN 'ACCEPTED'
               WHEN 'DECISION_MISSING_FROM_LEDGER' THEN 'DECIDED'
               WHEN 'PENALTY_OUT_OF_RANGE' THEN 'CLOSED'
               WHEN 'DECISION_CHANGED_AFTER_APPROVAL' THEN 'CLOSED'
               WHEN 'SIGNED_TOO_FAST' THEN 'CLOSED'
               WHEN 'NORMAL' THEN CASE WHEN n < 3 THEN 'REGISTERED' WHEN n < 8 THEN 'ACCEPTED' WHEN n < 18 THEN 'FILED'
                                       WHEN n < 38 THEN 'INVESTIGATING' WHEN n < 58 THEN 'DECIDED' WHEN n < 95 THEN 'CLOSED'
                                       WHEN n < 98 THEN 'NOT_FILED' ELSE 'REVOKED' END
               ELSE 'INVESTIGATING' END AS state
    FROM base b
), timed AS (
    SELECT s.*,
           CASE
               WHEN profile = 'INTAKE_NOT_ACCEPTED' THEN ${now} - interval '1 hour' * (30 + g % 20)
               WHEN profile = 'ACCEPTED_NOT_FILED' THEN ${now} - interval '1 day' * (8 + g % 10) - interval '2 hours'
               WHEN profile = 'DEADLINE_NEAR' THEN ${now} + interval '1 hour' * (10 + g % 40) - interval '30 days' - interval '1 hour'
               WHEN profile = 'DEADLINE_PASSED' THEN ${now} - interval '1 day' * (1 + g % 5) - interval '30 days' - interval '1 hour'
               WHEN state = 'REGISTERED' THEN ${now} - interval '1 hour' * (1 + g % 20)
               WHEN state = 'ACCEPTED' THEN ${now} - interval '1 day' * (2 + g % 5) - interval '2 hours'
               WHEN state IN ('FILED', 'INVESTIGATING') THEN ${now} - interval '1 day' * (3 + g % 17)
               ELSE ${now} - interval '1 day' * (40 + g % 1000)
           END AS reported_at
    FROM shaped s
)
SELECT t.*,
       station * 10 + (g / 300) % 10 AS handler,
       CASE WHEN state <> 'REGISTERED' THEN reported_at + interval '1 hour' END AS accepted_at,
       CASE WHEN state IN ('FILED', 'INVESTIGATING', 'DECIDED', 'CLOSED', 'REVOKED') THEN reported_at + interval '1 day' END AS filed_at,
       CASE WHEN state IN ('DECIDED', 'CLOSED') THEN reported_at + interval '20 days' END AS decided_at,
       CASE WHEN state = 'CLOSED' THEN reported_at + interval '25 days' END AS closed_at,
       CASE WHEN state NOT IN ('DECIDED', 'CLOSED') THEN NULL
            WHEN case_type = 'CRIMINAL' THEN 'TRANSFER_FOR_PROSECUTION'
            WHEN profile = 'SIGNED_TOO_FAST' THEN 'NO_PENALTY'
            WHEN profile <> 'NORMAL' OR g % 3 <> 0 THEN 'ADMINISTRATIVE_PENALTY'
            ELSE 'NO_PENALTY' END AS decision_kind
FROM timed t;
ALTER TABLE bench_plan ADD PRIMARY KEY (g);

-- @step cases
INSERT INTO cases (id, case_number, case_type, state, title, summary, report_source, occurred_at, occurred_place, reported_at,
                   unit_id, unit_path, handler_id, registered_by, accepted_at, filed_at, decided_at, closed_at, decision_kind,
                   decision_summary, non_filing_reason, revocation_reason, next_deadline_at, created_at, updated_at, version)
SELECT g, 'B' || lpad(g::text, 10, '0'), case_type, state, '基准案件' || g, '基准测试生成的案情：某地发生纠纷，报警人称被打。',
       'CALL_110', reported_at - interval '1 hour', '基准市某区某路' || (g % 500) || '号', reported_at,
       station, '/' || city || '/' || sub_bureau || '/' || station || '/', handler, handler, accepted_at, filed_at, decided_at,
       closed_at, decision_kind, CASE WHEN decided_at IS NOT NULL THEN '依法作出决定' END,
       CASE WHEN state = 'NOT_FILED' THEN '没有违法事实' END, CASE WHEN state = 'REVOKED' THEN '不应追究责任' END,
       CASE WHEN case_type = 'ADMINISTRATIVE' AND state IN ('ACCEPTED', 'FILED', 'INVESTIGATING') THEN accepted_at + interval '30 days' END,
       reported_at, COALESCE(closed_at, decided_at, filed_at, accepted_at, reported_at), 3
FROM bench_plan;

-- @step parties: one per case
INSERT INTO case_parties (id, case_id, kind, role, name, gender, created_by, created_at)
SELECT g, g, 'PERSON', CASE WHEN case_type = 'CRIMINAL' THEN 'SUSPECT' ELSE 'OFFENDER' END, '当事人' || g,
       CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END, handler, reported_at
FROM bench_plan;

-- @step materials: inquiry record (missing where seeded), evidence list, scene inspection record
INSERT INTO case_materials (case_id, material_type, title, body, content_hash, created_by, created_at)
SELECT g, m.type, m.title, m.title || '：基准测试生成的记录内容。', md5(g || m.type) || md5(m.type || g), handler,
       COALESCE(accepted_at, reported_at) + interval '2 hours'
FROM bench_plan p
CROSS JOIN LATERAL (VALUES ('INQUIRY_RECORD', '询问笔录', p.profile <> 'FILED_WITHOUT_REQUIRED_MATERIALS'),
                           ('EVIDENCE_LIST', '证据清单', p.g % 3 <> 0 OR p.profile = 'FILED_WITHOUT_REQUIRED_MATERIALS'),
                           ('SCENE_INSPECTION_RECORD', '现场勘验笔录', p.g % 2 = 0 OR p.profile = 'FILED_WITHOUT_REQUIRED_MATERIALS'))
    AS m(type, title, present)
WHERE m.present;
INSERT INTO bench_expected SELECT 'FILED_WITHOUT_REQUIRED_MATERIALS', 'case:' || g FROM bench_plan
WHERE profile = 'FILED_WITHOUT_REQUIRED_MATERIALS';
INSERT INTO bench_expected SELECT 'INTAKE_NOT_ACCEPTED', 'case:' || g FROM bench_plan WHERE profile = 'INTAKE_NOT_ACCEPTED';
INSERT INTO bench_expected SELECT 'ACCEPTED_NOT_FILED', 'case:' || g FROM bench_plan WHERE profile = 'ACCEPTED_NOT_FILED';
INSERT INTO bench_expected SELECT 'DECISION_MISSING_FROM_LEDGER', 'case:' || g FROM bench_plan
WHERE profile = 'DECISION_MISSING_FROM_LEDGER';

-- @step deadlines: the administrative handling period from acceptance
INSERT INTO case_deadlines (case_id, rule_code, duration_unit, max_extension, warn_before_hours, started_at, due_at, closed_at,
                            closed_outcome)
SELECT g, 'ADMIN_CASE_HANDLING', 'DAYS', 30, 72, accepted_at, accepted_at + interval '30 days',
       CASE WHEN decided_at IS NOT NULL THEN decided_at
            WHEN state IN ('NOT_FILED', 'REVOKED') THEN accepted_at + interval '2 days' END,
       CASE WHEN decided_at IS NOT NULL THEN 'MET' WHEN state IN ('NOT_FILED', 'REVOKED') THEN 'CANCELLED' END
FROM bench_plan
WHERE case_type = 'ADMINISTRATIVE' AND accepted_at IS NOT NULL;
INSERT INTO bench_expected SELECT p.profile, 'deadline:' || d.id FROM case_deadlines d JOIN bench_plan p ON p.g = d.case_id
WHERE p.profile IN ('DEADLINE_NEAR', 'DEADLINE_PASSED');

-- @step measures: bail pending trial on criminal cases under investigation, detention ended on decided ones
INSERT INTO compulsory_measures (case_id, party_id, measure_type, started_at, ended_at, end_reason, created_by, created_at)
SELECT g, g, CASE WHEN decided_at IS NULL THEN 'BAIL_PENDING_TRIAL' ELSE 'CRIMINAL_DETENTION' END, filed_at + interval '1 hour',
       CASE WHEN decided_at IS NULL THEN NULL ELSE filed_at + interval '3 days' END,
       CASE WHEN decided_at IS NULL THEN NULL ELSE '依法变更' END, handler, filed_at + interval '1 hour'
FROM bench_plan
WHERE case_type = 'CRIMINAL' AND state IN ('FILED', 'INVESTIGATING', 'DECIDED', 'CLOSED');

-- @step seized property: registered on one case in seven; seeded unregistered and overdue items
INSERT INTO seized_property (case_id, owner_party_id, description, category, quantity, unit_of_measure, estimated_value_fen,
                             seizure_kind, seized_at, disposal_due, storage_location, register_number, registered_at,
                             disposed_at, disposal, created_by, created_at)
SELECT g, g, '手机一部', 'ELECTRONICS', 1, '部', 150000, 'SEIZURE', filed_at + interval '2 hours',
       CAST(filed_at AS date) + 90, '涉案财物管理中心', 'SP' || g, filed_at + interval '3 hours',
       CASE WHEN decided_at IS NOT NULL OR state IN ('NOT_FILED', 'REVOKED') THEN COALESCE(decided_at, filed_at + interval '2 days') END,
       CASE WHEN decided_at IS NOT NULL OR state IN ('NOT_FILED', 'REVOKED') THEN 'RETURNED' END, handler, filed_at + interval '2 hours'
FROM bench_plan
WHERE g % 7 = 0 AND filed_at IS NOT NULL;
INSERT INTO seized_property (case_id, owner_party_id, description, category, quantity, unit_of_measure, estimated_value_fen,
                             seizure_kind, seized_at, disposal_due, storage_location, register_number, registered_at,
                             disposed_at, disposal, created_by, created_at)
SELECT g, g, '电动自行车一辆', 'VEHICLE', 1, '辆', 300000, 'TEMPORARY_SEIZURE',
       CASE WHEN profile = 'SEIZED_PROPERTY_UNREGISTERED' THEN ${now} - interval '3 days' ELSE ${now} - interval '100 days' END,
       CASE WHEN profile = 'SEIZED_PROPERTY_UNREGISTERED' THEN CAST(${now} AS date) + 60 ELSE CAST(${now} AS date) - 10 END,
       NULL,
       CASE WHEN profile = 'SEIZED_PROPERTY_KEPT_TOO_LONG' THEN 'SPX' || g END,
       CASE WHEN profile = 'SEIZED_PROPERTY_KEPT_TOO_LONG' THEN ${now} - interval '99 days' END,
       NULL, NULL, handler, ${now} - interval '3 days'
FROM bench_plan
WHERE profile IN ('SEIZED_PROPERTY_UNREGISTERED', 'SEIZED_PROPERTY_KEPT_TOO_LONG');
INSERT INTO bench_expected SELECT p.profile, 'property:' || s.id FROM seized_property s JOIN bench_plan p ON p.g = s.case_id
WHERE p.profile IN ('SEIZED_PROPERTY_UNREGISTERED', 'SEIZED_PROPERTY_KEPT_TOO_LONG') AND s.description = '电动自行车一辆';

-- @step standards: a clean public-order standard for case decisions, a clean traffic one for on-site decisions
CREATE UNLOGGED TABLE bench_standard AS
SELECT * FROM (
    SELECT 'CASE' AS use, s.id AS standard_id, v.id AS violation_id, v.code, v.points, g.grade, g.fine_min_fen, g.fine_max_fen
    FROM discretion_standards s
    JOIN violations v ON v.id = s.violation_id
    JOIN discretion_grades g ON g.standard_id = s.id
    WHERE v.domain = 'PUBLIC_ORDER' AND NOT g.detention_required AND NOT g.licence_required AND g.fine_min_fen IS NOT NULL
    ORDER BY (g.grade = 'ORDINARY') DESC, s.id, g.id
    LIMIT 1) c
UNION ALL
SELECT * FROM (
    SELECT 'ONSITE', s.id, v.id, v.code, v.points, g.grade, g.fine_min_fen, g.fine_max_fen
    FROM discretion_standards s
    JOIN violations v ON v.id = s.violation_id
    JOIN discretion_grades g ON g.standard_id = s.id
    WHERE v.domain = 'TRAFFIC' AND v.points > 0 AND NOT g.detention_required AND NOT g.licence_required
      AND g.fine_min_fen IS NOT NULL AND g.fine_max_fen <= 20000
    ORDER BY (g.grade = 'ORDINARY') DESC, s.id, g.id
    LIMIT 1) o;

-- @step approvals: filing approved in two links for half the filed cases; penalty approvals for one decision in ten
INSERT INTO approval_requests (id, action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path, summary,
                               status, round, current_link, case_version, submitted_by, submitted_at, decided_at)
SELECT g, 'FILING', (SELECT id FROM approval_chains WHERE action = 'FILING' AND active), g, 'B' || lpad(g::text, 10, '0'),
       '基准案件' || g, station, '/' || city || '/' || sub_bureau || '/' || station || '/', '建议立案', 'APPROVED', 1, NULL, 1,
       handler, filed_at - interval '4 hours', filed_at
FROM bench_plan
WHERE filed_at IS NOT NULL AND (g % 2 = 0 OR profile = 'SIGNED_TOO_FAST');
INSERT INTO approval_requests (id, action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path, summary,
                               subject_type, subject_id, status, round, current_link, case_version, submitted_by, submitted_at,
                               decided_at)
SELECT ${cases} + g, 'PENALTY_ORDINARY', (SELECT id FROM approval_chains WHERE action = 'PENALTY_ORDINARY' AND active), g,
       'B' || lpad(g::text, 10, '0'), '基准案件' || g, station, '/' || city || '/' || sub_bureau || '/' || station || '/',
       '拟处罚款', 'PENALTY_DECISION', g::text, 'APPROVED', 1, NULL, 2, handler, decided_at - interval '1 day', decided_at - interval '1 hour'
FROM bench_plan
WHERE decision_kind = 'ADMINISTRATIVE_PENALTY' AND state IN ('DECIDED', 'CLOSED')
  AND ((profile = 'NORMAL' AND g % 10 = 3) OR profile = 'DECISION_CHANGED_AFTER_APPROVAL');
INSERT INTO approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id, decision, opinion,
                                 signed_at, case_version, material_hashes, materials_first_opened_at)
SELECT r.id, 1, l.link, CASE l.link WHEN 1 THEN '办案部门审核' ELSE '分局负责人审批' END, r.action, r.case_id,
       CASE l.link WHEN 1 THEN p.station * 10 + 9 ELSE p.sub_bureau * 10 END, 'APPROVE', NULL,
       r.submitted_at + interval '1 hour' * l.link
           - CASE WHEN l.link = 1 AND r.action = 'FILING' AND p.profile = 'SIGNED_TOO_FAST' THEN interval '40 minutes' - interval '20 seconds' ELSE interval '0' END,
       r.case_version, '[]', r.submitted_at + interval '1 hour' * l.link - interval '40 minutes'
FROM approval_requests r
JOIN bench_plan p ON p.g = r.case_id
CROSS JOIN generate_series(1, 2) l(link);
INSERT INTO bench_expected SELECT 'SIGNED_TOO_FAST', 'signature:' || s.id FROM approval_signatures s JOIN bench_plan p ON p.g = s.case_id
WHERE p.profile = 'SIGNED_TOO_FAST' AND s.link_order = 1 AND s.action = 'FILING';

-- @step penalty decisions: issued for every case decided with a penalty (and, seeded, for some that are not decided)
INSERT INTO legal_documents (id, type, authority_unit_id, authority_name, issuing_unit_id, unit_path, case_id, subject_type, subject_id,
                             title, recipient, fields, html, content_hash, issued_by, issued_at)
SELECT p.g, 'PENALTY_DECISION', p.city, '基准市公安局' || p.city, p.station, '/' || p.city || '/' || p.sub_bureau || '/' || p.station || '/',
       p.g, 'PENALTY_DECISION', p.g::text, '行政处罚决定书', '当事人' || p.g,
       jsonb_build_object('fineFen', (s.fine_min_fen + CASE WHEN p.profile = 'PENALTY_OUT_OF_RANGE' THEN s.fine_max_fen + 1000 - s.fine_min_fen ELSE 0 END
                                      + CASE WHEN p.profile = 'DECISION_CHANGED_AFTER_APPROVAL' THEN 5000 ELSE 0 END)::text)::text,
       '<p>行政处罚决定书</p>', md5(p.g::text) || md5('doc' || p.g), p.handler, COALESCE(p.decided_at, p.filed_at + interval '5 days')
FROM bench_plan p
CROSS JOIN bench_standard s
WHERE s.use = 'CASE'
  AND ((p.decision_kind = 'ADMINISTRATIVE_PENALTY' AND p.state IN ('DECIDED', 'CLOSED') AND p.profile <> 'DECISION_MISSING_FROM_LEDGER')
       OR p.profile = 'LEDGER_WITHOUT_CASE_FILE');
INSERT INTO penalty_decisions (case_id, case_number, unit_id, unit_path, party_id, party_name, offender_kind, violation_id,
                               violation_code, standard_id, grade, facts, warning, fine_fen, points, out_of_range,
                               deviation_reason, legal_review_required, status, approval_action, approval_request_id,
                               proposed_by, proposed_at, document_id, document_number, issued_at)
SELECT p.g, 'B' || lpad(p.g::text, 10, '0'), p.station, d.unit_path, p.g, '当事人' || p.g, 'CITIZEN', s.violation_id, s.code,
       s.standard_id, s.grade, '经查，当事人殴打他人。', FALSE,
       CASE WHEN p.profile = 'PENALTY_OUT_OF_RANGE' THEN s.fine_max_fen + 1000 ELSE s.fine_min_fen END, s.points,
       p.profile = 'PENALTY_OUT_OF_RANGE', CASE WHEN p.profile = 'PENALTY_OUT_OF_RANGE' THEN '情节特别恶劣，超出幅度从重' END,
       FALSE, 'ISSUED', 'PENALTY_ORDINARY', r.id, p.handler, d.issued_at - interval '1 day', d.id, '基公行罚决字〔' || p.g || '〕号',
       d.issued_at
FROM legal_documents d
JOIN bench_plan p ON p.g = d.id
CROSS JOIN bench_standard s
LEFT JOIN approval_requests r ON r.id = ${cases} + p.g
WHERE s.use = 'CASE';
INSERT INTO bench_expected SELECT pl.profile, 'penalty:' || p.id FROM penalty_decisions p JOIN bench_plan pl ON pl.g = p.case_id
WHERE pl.profile IN ('LEDGER_WITHOUT_CASE_FILE', 'PENALTY_OUT_OF_RANGE', 'DECISION_CHANGED_AFTER_APPROVAL');

-- @step on-site decisions: one per ten cases, seven minutes apart, each with the body-worn camera clip that covers it
INSERT INTO onsite_decisions (id, unit_id, unit_path, officer_id, driver_name, licence_number, plate_number, plate_type, violation_id,
                              violation_code, place, occurred_at, bodycam_clip, standard_id, grade, warning, fine_fen, points,
                              out_of_range, document_number, issued_at)
SELECT j, u.id, u.path, u.id * 10 + j % 10, '驾驶人' || j, lpad(j::text, 18, '0'), '浙A' || lpad((j % 100000)::text, 5, '0'), '02',
       s.violation_id, s.code, '基准市某路口', ${now} - interval '7 minutes' * j - interval '1 hour',
       'dsj' || (u.id * 10 + j % 10) || '/' || j || '.mp4', s.standard_id, s.grade, FALSE,
       CASE WHEN j % 1000 < 2 THEN 30000 ELSE s.fine_min_fen END,
       CASE WHEN j % 1000 BETWEEN 2 AND 3 THEN 0 ELSE s.points END, FALSE, '基公交简决字〔' || j || '〕号',
       ${now} - interval '7 minutes' * j - interval '50 minutes'
FROM generate_series(1, GREATEST(1, ${cases} / 10)) j
JOIN units u ON u.id = 10000 + (1 + (j % 300) / 30) * 100 + ((j % 300) % 30) / 6 * 10 + (j % 300) % 6
CROSS JOIN bench_standard s
WHERE s.use = 'ONSITE';
INSERT INTO case_materials (case_id, material_type, title, device_code, recorded_from, recorded_to, content_hash, created_by, created_at)
SELECT (o.id * 13) % ${cases} + 1, 'BODYCAM_CLIP', '执法记录仪视频', upper(split_part(o.bodycam_clip, '/', 1)),
       o.occurred_at - interval '5 minutes', o.occurred_at + interval '5 minutes', md5(o.bodycam_clip) || md5('clip' || o.id),
       o.officer_id, o.issued_at
FROM onsite_decisions o
WHERE o.id % 1000 NOT BETWEEN 4 AND 8;
INSERT INTO bench_expected SELECT 'SIMPLE_PROCEDURE_OVER_LIMIT', 'onsite:' || id FROM onsite_decisions WHERE id % 1000 < 2;
INSERT INTO bench_expected SELECT 'MANDATORY_COMPONENT_OMITTED', 'onsite:' || id FROM onsite_decisions WHERE id % 1000 BETWEEN 2 AND 3;
INSERT INTO bench_expected SELECT 'ONSITE_WITHOUT_BODYCAM', 'onsite:' || id FROM onsite_decisions WHERE id % 1000 BETWEEN 4 AND 8;

-- @step sequences and statistics
SELECT setval(pg_get_serial_sequence('units', 'id'), (SELECT max(id) FROM units));
SELECT setval(pg_get_serial_sequence('officers', 'id'), (SELECT max(id) FROM officers));
SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT max(id) FROM cases));
SELECT setval(pg_get_serial_sequence('case_parties', 'id'), (SELECT max(id) FROM case_parties));
SELECT setval(pg_get_serial_sequence('approval_requests', 'id'), (SELECT max(id) FROM approval_requests));
SELECT setval(pg_get_serial_sequence('legal_documents', 'id'), (SELECT max(id) FROM legal_documents));
SELECT setval(pg_get_serial_sequence('onsite_decisions', 'id'), (SELECT max(id) FROM onsite_decisions));
DROP TABLE bench_plan;
ANALYZE;
