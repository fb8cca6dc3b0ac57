-- Default approval chains. Each link: role, unit level, minimum qualification, countersign, and
-- how long the review may take. The legal department edits them in the UI; every edit is a new
-- version. Citations name the rule each chain implements; check them against current law.

INSERT INTO approval_chains (action, chain_version, active, citation_zh, citation_en, change_note, created_at) VALUES
('FILING', 1, TRUE, '《公安机关办理刑事案件程序规定》第一百七十八条：经县级以上公安机关负责人批准，予以立案。', 'Provisions on the Procedures for Handling Criminal Cases by Public Security Organs, art. 178: filing is approved by the head of a public security organ at county level or above.', 'default', now()),
('NON_FILING', 1, TRUE, '《公安机关办理刑事案件程序规定》第一百七十八条：经县级以上公安机关负责人批准，不予立案。', 'Provisions on the Procedures for Handling Criminal Cases, art. 178: non-filing is approved by the head of a county-level organ or above.', 'default', now()),
('MEASURE_TAKE', 1, TRUE, '《中华人民共和国刑事诉讼法》第八十二条、第六十七条；《公安机关办理刑事案件程序规定》：采取强制措施经县级以上公安机关负责人批准。', 'Criminal Procedure Law arts. 67 and 82: compulsory measures are approved by the head of a county-level organ or above.', 'default', now()),
('MEASURE_CHANGE', 1, TRUE, '《公安机关办理刑事案件程序规定》：变更强制措施经县级以上公安机关负责人批准。', 'Changing a compulsory measure is approved by the head of a county-level organ or above.', 'default', now()),
('MEASURE_END', 1, TRUE, '《中华人民共和国刑事诉讼法》第九十六条：解除强制措施。', 'Criminal Procedure Law art. 96: ending a compulsory measure.', 'default', now()),
('ARREST_REQUEST', 1, TRUE, '《中华人民共和国刑事诉讼法》第八十七条、第九十一条：提请批准逮捕，经县级以上公安机关负责人批准。', 'Criminal Procedure Law arts. 87 and 91: the arrest-approval request is approved by the head of a county-level organ or above.', 'default', now()),
('TRANSFER_FOR_PROSECUTION', 1, TRUE, '《中华人民共和国刑事诉讼法》第一百六十二条：移送审查起诉。', 'Criminal Procedure Law art. 162: transfer for review and prosecution.', 'default', now()),
('PENALTY_SIMPLE', 1, TRUE, '《中华人民共和国行政处罚法》第五十一条、第五十二条：当场作出的行政处罚决定报所属行政机关备案。', 'Administrative Penalty Law arts. 51 and 52: on-the-spot decisions are filed with the officer''s organ.', 'default', now()),
('PENALTY_ORDINARY', 1, TRUE, '《中华人民共和国行政处罚法》第五十七条：调查终结，行政机关负责人应当对调查结果进行审查。', 'Administrative Penalty Law art. 57: when the investigation ends, the head of the organ reviews its results.', 'default', now()),
('PENALTY_MAJOR', 1, TRUE, '《中华人民共和国行政处罚法》第五十七条第二款、第五十八条：重大行政处罚决定作出前须经法制审核，并由行政机关负责人集体讨论决定。', 'Administrative Penalty Law arts. 57(2) and 58: major penalty decisions need legal review first and collective discussion by the heads of the organ.', 'default', now()),
('REVOCATION', 1, TRUE, '《公安机关办理刑事案件程序规定》第一百八十六条：撤销案件经县级以上公安机关负责人批准。', 'Provisions on the Procedures for Handling Criminal Cases, art. 186: revocation is approved by the head of a county-level organ or above.', 'default', now()),
('CLOSING', 1, TRUE, '《公安机关执法细则》：结案经办案部门负责人审核。', 'Closing is reviewed by the head of the handling unit.', 'default', now()),
('DEADLINE_EXTENSION', 1, TRUE, '《中华人民共和国治安管理处罚法》（2012年修正）第九十九条：延长办案期限经上一级公安机关批准。', 'Public Security Administration Punishment Law (2012 amendment) art. 99: extension is approved by the organ at the next level up.', 'default', now());

INSERT INTO approval_chain_links (chain_id, link_order, name_zh, name_en, role, unit_level, min_qualification, countersign, review_amount, review_unit)
SELECT c.id, l.link_order, l.name_zh, l.name_en, l.role, l.unit_level, l.min_qualification, l.countersign, l.review_amount, l.review_unit
FROM approval_chains c
JOIN (VALUES
    ('FILING', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('FILING', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 24, 'HOURS'),
    ('NON_FILING', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('NON_FILING', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 24, 'HOURS'),
    ('MEASURE_TAKE', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 4, 'HOURS'),
    ('MEASURE_TAKE', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 4, 'HOURS'),
    ('MEASURE_CHANGE', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 8, 'HOURS'),
    ('MEASURE_CHANGE', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 8, 'HOURS'),
    ('MEASURE_END', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 8, 'HOURS'),
    ('ARREST_REQUEST', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 8, 'HOURS'),
    ('ARREST_REQUEST', 2, '法制审核', 'Legal review', 'LEGAL', 'BUREAU_LEGAL', 'ADVANCED', FALSE, 12, 'HOURS'),
    ('ARREST_REQUEST', 3, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 12, 'HOURS'),
    ('TRANSFER_FOR_PROSECUTION', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 2, 'WORKING_DAYS'),
    ('TRANSFER_FOR_PROSECUTION', 2, '法制审核', 'Legal review', 'LEGAL', 'BUREAU_LEGAL', 'ADVANCED', FALSE, 3, 'WORKING_DAYS'),
    ('TRANSFER_FOR_PROSECUTION', 3, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 2, 'WORKING_DAYS'),
    ('PENALTY_SIMPLE', 1, '办案部门备案审核', 'Filing review by the handling unit', 'REVIEWER', 'OWN_STATION', 'BASIC', FALSE, 3, 'WORKING_DAYS'),
    ('PENALTY_ORDINARY', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('PENALTY_ORDINARY', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 2, 'WORKING_DAYS'),
    ('PENALTY_MAJOR', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('PENALTY_MAJOR', 2, '法制审核', 'Legal review', 'LEGAL', 'BUREAU_LEGAL', 'ADVANCED', FALSE, 3, 'WORKING_DAYS'),
    ('PENALTY_MAJOR', 3, '局领导集体讨论', 'Collective discussion by the bureau leaders', 'LEADER', 'BUREAU_LEADER', 'ADVANCED', TRUE, 5, 'WORKING_DAYS'),
    ('REVOCATION', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('REVOCATION', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 2, 'WORKING_DAYS'),
    ('CLOSING', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'BASIC', FALSE, 3, 'WORKING_DAYS'),
    ('DEADLINE_EXTENSION', 1, '办案部门审核', 'Review by the handling unit', 'REVIEWER', 'OWN_STATION', 'INTERMEDIATE', FALSE, 24, 'HOURS'),
    ('DEADLINE_EXTENSION', 2, '分局负责人审批', 'Approval by the sub-bureau head', 'REVIEWER', 'SUB_BUREAU', 'ADVANCED', FALSE, 24, 'HOURS')
) AS l(action, link_order, name_zh, name_en, role, unit_level, min_qualification, countersign, review_amount, review_unit)
ON l.action = c.action;
