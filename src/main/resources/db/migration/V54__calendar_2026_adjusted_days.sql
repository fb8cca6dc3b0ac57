-- The rest of the 2026 arrangement, from the State Council General Office's notice of
-- 4 November 2025 on the 2026 holidays: the weekdays given as days off in lieu around the
-- statutory holidays V53 seeded, and the weekend days that are working days instead (调休).
-- Checked against the notice as Xinhua published it on 2025-11-04.
INSERT INTO calendar_days (day, kind, name_zh, name_en, citation) VALUES
('2026-01-02', 'HOLIDAY', '元旦（调休）', 'New Year''s Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第一项'),
('2026-01-04', 'WORKDAY', '元旦调休上班', 'Working day (New Year''s Day arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第一项'),
('2026-02-14', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第二项'),
('2026-02-20', 'HOLIDAY', '春节（调休）', 'Spring Festival (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第二项'),
('2026-02-23', 'HOLIDAY', '春节（调休）', 'Spring Festival (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第二项'),
('2026-02-28', 'WORKDAY', '春节调休上班', 'Working day (Spring Festival arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第二项'),
('2026-04-06', 'HOLIDAY', '清明节（补休）', 'Qingming Festival (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第三项'),
('2026-05-04', 'HOLIDAY', '劳动节（调休）', 'Labour Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第四项'),
('2026-05-05', 'HOLIDAY', '劳动节（调休）', 'Labour Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第四项'),
('2026-05-09', 'WORKDAY', '劳动节调休上班', 'Working day (Labour Day arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第四项'),
('2026-09-20', 'WORKDAY', '国庆节调休上班', 'Working day (National Day arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第七项'),
('2026-10-05', 'HOLIDAY', '国庆节（调休）', 'National Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第七项'),
('2026-10-06', 'HOLIDAY', '国庆节（调休）', 'National Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第七项'),
('2026-10-07', 'HOLIDAY', '国庆节（调休）', 'National Day (day off in lieu)', '《国务院办公厅关于2026年部分节假日安排的通知》第七项'),
('2026-10-10', 'WORKDAY', '国庆节调休上班', 'Working day (National Day arrangement)', '《国务院办公厅关于2026年部分节假日安排的通知》第七项');
