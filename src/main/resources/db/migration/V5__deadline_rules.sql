-- Statutory deadlines. Citations quote the text the rule implements; the legal department keeps
-- them current (the 2025 revision of the Public Security Administration Punishment Law, in force
-- from 2026-01-01, renumbers its articles: check before relying on the article numbers below).

INSERT INTO deadline_rules (code, name_zh, name_en, trigger_event, duration_amount, duration_unit,
                            max_extension_amount, warn_before_hours, citation_zh, citation_en) VALUES
('ADMIN_CASE_HANDLING', '行政案件办理期限', 'Administrative case handling period', 'ADMINISTRATIVE_ACCEPTANCE',
 30, 'DAYS', 30, 72,
 '《中华人民共和国治安管理处罚法》（2012年修正）第九十九条：公安机关办理治安案件的期限，自受理之日起不得超过三十日；案情重大、复杂的，经上一级公安机关批准，可以延长三十日。',
 'Public Security Administration Punishment Law (2012 amendment), art. 99: a case is to be handled within 30 days of acceptance; for major or complex cases the period may be extended by 30 days with the approval of the public security organ at the next level up.'),
('QUESTIONING', '询问查证时限', 'Questioning time limit', 'SUMMONS',
 8, 'HOURS', 0, 1,
 '《中华人民共和国治安管理处罚法》（2012年修正）第八十三条第一款：对违反治安管理行为人，公安机关传唤后应当及时询问查证，询问查证的时间不得超过八小时。',
 'Public Security Administration Punishment Law (2012 amendment), art. 83(1): after a summons the person is to be questioned promptly; questioning may not exceed 8 hours.'),
('QUESTIONING_DETENTION', '询问查证时限（可能适用行政拘留）', 'Questioning time limit (administrative detention may apply)', 'SUMMONS_DETENTION_POSSIBLE',
 24, 'HOURS', 0, 2,
 '《中华人民共和国治安管理处罚法》（2012年修正）第八十三条第一款：情况复杂，依照本法规定可能适用行政拘留处罚的，询问查证的时间不得超过二十四小时。',
 'Public Security Administration Punishment Law (2012 amendment), art. 83(1): where the case is complex and administrative detention may apply, questioning may not exceed 24 hours.'),
('ARREST_REQUEST', '提请批准逮捕期限', 'Arrest-approval request deadline', 'CRIMINAL_DETENTION',
 3, 'DAYS', 4, 24,
 '《中华人民共和国刑事诉讼法》第九十一条第一款：公安机关对被拘留的人，认为需要逮捕的，应当在拘留后的三日以内，提请人民检察院审查批准。在特殊情况下，提请审查批准的时间可以延长一日至四日。',
 'Criminal Procedure Law, art. 91(1): where arrest is needed, the request for approval is to be submitted to the procuratorate within 3 days of detention; in special circumstances this may be extended by 1 to 4 days.'),
('ARREST_REQUEST_SERIOUS', '提请批准逮捕期限（流窜、多次、结伙作案）', 'Arrest-approval request deadline (roving, repeated or gang offences)', 'CRIMINAL_DETENTION_SERIOUS',
 30, 'DAYS', 0, 72,
 '《中华人民共和国刑事诉讼法》第九十一条第二款：对于流窜作案、多次作案、结伙作案的重大嫌疑分子，提请审查批准的时间可以延长至三十日。',
 'Criminal Procedure Law, art. 91(2): for major suspects in roving, repeated or gang offences, the time to request approval may be extended to 30 days.');
