-- Case-quality evaluation (案件质量评查): the checklist, the monthly sample and the scores.

-- Numbers the legal department tunes: sample size, grade thresholds, ranking and sanction limits.
CREATE TABLE evaluation_parameters (
    code      VARCHAR(48)  PRIMARY KEY,
    value     INTEGER      NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(150) NOT NULL,
    citation  TEXT,
    CONSTRAINT evaluation_parameters_value CHECK (value >= 0)
);

INSERT INTO evaluation_parameters (code, value, name_zh, name_en, citation) VALUES
('SAMPLE_PER_UNIT', 2, '每单位每月随机抽查结案案件数', 'Closed or decided cases drawn at random per unit and month', '《公安机关执法质量考核评议规定》第九条：执法质量考评采取日常考评与阶段考评相结合，抽查案卷。'),
('GRADE_EXCELLENT_MIN', 90, '评为优秀的最低得分', 'Lowest total graded excellent (优秀)', '本局案件质量评查细则（示例，按本地规定调整）'),
('GRADE_PASS_MIN', 75, '评为合格的最低得分', 'Lowest total graded pass (合格)', '本局案件质量评查细则（示例，按本地规定调整）'),
('SANCTION_BOTTOM_PLACES', 3, '审核审批人排名末位名次数', 'Places at the bottom of a reviewer peer group that count as a bottom placement', '本局执法监督排名通报办法：每月排名末三位'),
('SANCTION_STRIKES_PER_YEAR', 3, '一个自然年内末位次数达到即暂停审批权限', 'Bottom placements in one calendar year that suspend approval rights', '本局执法监督排名通报办法：一年内三次排名末位的，暂停其审核审批权限'),
('REVIEWER_MIN_GROUP_SIZE', 4, '末位认定的同类人员最少人数', 'Smallest peer group in which bottom placements count', '同类人员少于该人数时只排名不认定末位，避免"人人末位"'),
('DEFECT_WEIGHT_ALERT', 1, '所签案件被预警一次计分', 'Defect points for an alert on a case the reviewer signed', NULL),
('DEFECT_WEIGHT_FAILED_EVALUATION', 2, '所签案件评查不合格计分', 'Defect points for a failed evaluation of a case the reviewer signed', NULL),
('DEFECT_WEIGHT_FAULT', 3, '所签案件认定执法过错计分', 'Defect points for a recorded fault on a case the reviewer signed', NULL),
('YELLOW_CARD_BOTTOM_IN_QUARTER', 2, '一季度内单位排名末位次数达到即黄牌警告', 'Bottom unit placements within one quarter that bring a yellow card', '本局执法监督排名通报办法：单位一季度两次排名末位的，予以黄牌警告'),
('YELLOW_CARD_OVERDUE_ALERTS', 5, '单位当月逾期未整改预警数达到即黄牌警告', 'Overdue alerts of a unit in one month that bring a yellow card', '本局执法监督排名通报办法：逾期不整改问题较多的单位，予以黄牌警告');

-- The scoring checklist: each item has its points, how deductions are made and, where one exists,
-- the rule it checks. Totals run to 100.
CREATE TABLE quality_checklist_items (
    code            VARCHAR(16)  PRIMARY KEY,
    category        VARCHAR(16)  NOT NULL,
    sort_order      INTEGER      NOT NULL,
    points          INTEGER      NOT NULL,
    text_zh         TEXT         NOT NULL,
    text_en         TEXT         NOT NULL,
    deduction_zh    TEXT         NOT NULL,
    deduction_en    TEXT         NOT NULL,
    citation        TEXT,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT quality_checklist_items_category CHECK (category IN ('FACTS', 'EVIDENCE', 'PROCEDURE', 'LAW', 'DISCRETION', 'DOCUMENTS')),
    CONSTRAINT quality_checklist_items_points CHECK (points > 0)
);

INSERT INTO quality_checklist_items (code, category, sort_order, points, text_zh, text_en, deduction_zh, deduction_en, citation) VALUES
('F1', 'FACTS', 10, 10, '违法犯罪事实清楚，时间、地点、情节、后果等要素齐全', 'Facts are clear: time, place, circumstances and consequences are established', '要素缺一项扣2分；主要事实不清扣10分', '2 points per missing element; 10 if the main facts are unclear', '《中华人民共和国行政处罚法》第四十条'),
('F2', 'FACTS', 20, 10, '案件定性准确', 'The case is characterized correctly', '定性错误扣10分；定性不够准确扣5分', '10 points if wrong; 5 if imprecise', NULL),
('E1', 'EVIDENCE', 30, 10, '证据确实、充分，能够相互印证', 'Evidence is reliable, sufficient and corroborating', '关键证据缺失扣10分；证据之间矛盾未排除扣5分', '10 points if key evidence is missing; 5 for unresolved contradictions', '《公安机关办理行政案件程序规定》第二十六条'),
('E2', 'EVIDENCE', 40, 8, '证据收集程序合法，询问、检查、勘验笔录规范', 'Evidence was gathered lawfully; records of questioning, inspection and examination are in order', '每处不规范扣2分；非法证据未排除扣8分', '2 points per irregularity; 8 if unlawful evidence was used', '《公安机关办理行政案件程序规定》第二十七条'),
('E3', 'EVIDENCE', 50, 7, '涉案财物登记、保管、处置规范', 'Seized property is registered, kept and disposed of properly', '未登记扣7分；超期未处置扣3分', '7 points if unregistered; 3 if kept past its disposal deadline', '《公安机关涉案财物管理若干规定》第七条'),
('P1', 'PROCEDURE', 60, 5, '受案、立案及时', 'Acceptance and filing were timely', '延迟受案或立案扣5分', '5 points for late acceptance or filing', NULL),
('P2', 'PROCEDURE', 70, 5, '遵守办案期限和强制措施期限', 'Handling and measure deadlines were kept', '每超期一次扣5分', '5 points per deadline missed', '《中华人民共和国治安管理处罚法》第九十九条'),
('P3', 'PROCEDURE', 80, 5, '依法告知并听取陈述申辩', 'The party was informed and heard', '未告知或未听取扣5分', '5 points if the party was not informed or heard', '《中华人民共和国行政处罚法》第四十四条、第四十五条'),
('P4', 'PROCEDURE', 90, 5, '审核审批手续完备', 'Reviews and approvals are complete', '缺少审核审批扣5分', '5 points for a missing review or approval', '《中华人民共和国行政处罚法》第五十七条、第五十八条'),
('L1', 'LAW', 100, 10, '适用法律、法规条款准确', 'The right legal provisions were applied', '适用错误扣10分', '10 points if wrongly applied', NULL),
('L2', 'LAW', 110, 5, '引用法律条款完整、具体到条款项', 'Citations are complete down to article and paragraph', '引用不完整扣3分', '3 points if incomplete', NULL),
('D1', 'DISCRETION', 120, 10, '处罚种类和幅度符合裁量基准，超出幅度有充分理由', 'Penalty kind and amount follow the discretion standard; any deviation is well reasoned', '无理由超出幅度扣10分；理由不充分扣5分', '10 points for an unreasoned deviation; 5 if the reason is weak', '《中华人民共和国行政处罚法》第三十四条'),
('DOC1', 'DOCUMENTS', 130, 5, '法律文书制作规范，文号、签章、送达齐全', 'Legal documents are well made: number, seal and service complete', '每处错误扣1分', '1 point per error', NULL),
('DOC2', 'DOCUMENTS', 140, 5, '案卷材料齐全，装订规范', 'The case file is complete and in order', '缺少材料每份扣1分', '1 point per missing material', NULL);

-- A case drawn for evaluation in a month: by the random sample or because it had alerts.
CREATE TABLE case_evaluations (
    id             BIGSERIAL    PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    month          DATE         NOT NULL,
    bureau_path    VARCHAR(400) NOT NULL,
    unit_id        BIGINT       NOT NULL,
    unit_path      VARCHAR(400) NOT NULL,
    case_number    VARCHAR(40)  NOT NULL,
    case_title     VARCHAR(200) NOT NULL,
    handler_id     BIGINT,
    co_handler_id  BIGINT,
    reason         VARCHAR(12)  NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    total_score    INTEGER,
    grade          VARCHAR(12),
    summary        TEXT,
    evaluator_id   BIGINT,
    evaluated_at   TIMESTAMPTZ,
    drawn_at       TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT case_evaluations_month CHECK (EXTRACT(DAY FROM month) = 1),
    CONSTRAINT case_evaluations_reason CHECK (reason IN ('SAMPLE', 'ALERTS')),
    CONSTRAINT case_evaluations_status CHECK (status IN ('PENDING', 'SCORED')),
    CONSTRAINT case_evaluations_grade CHECK (grade IS NULL OR grade IN ('EXCELLENT', 'PASS', 'FAIL')),
    CONSTRAINT case_evaluations_once UNIQUE (case_id, month)
);
CREATE INDEX case_evaluations_scope_idx ON case_evaluations (unit_path varchar_pattern_ops, month DESC);
CREATE INDEX case_evaluations_handler_idx ON case_evaluations (handler_id);
CREATE INDEX case_evaluations_co_handler_idx ON case_evaluations (co_handler_id);
CREATE INDEX case_evaluations_case_idx ON case_evaluations (case_id);

CREATE TABLE case_evaluation_scores (
    evaluation_id  BIGINT      NOT NULL REFERENCES case_evaluations (id),
    item_code      VARCHAR(16) NOT NULL REFERENCES quality_checklist_items (code),
    awarded        INTEGER     NOT NULL,
    note           TEXT,
    PRIMARY KEY (evaluation_id, item_code),
    CONSTRAINT case_evaluation_scores_awarded CHECK (awarded >= 0)
);

-- One row per bureau and month once its random sample was drawn: drawing again adds nothing.
CREATE TABLE evaluation_draws (
    bureau_path  VARCHAR(400) NOT NULL,
    month        DATE         NOT NULL,
    drawn_at     TIMESTAMPTZ  NOT NULL,
    drawn_by     BIGINT,
    sampled      INTEGER      NOT NULL,
    PRIMARY KEY (bureau_path, month)
);
