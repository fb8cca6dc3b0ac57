-- The supervision rules in force, with the law or policy each one watches over. Thresholds are
-- parameters the legal department tunes on the rule page; the SQL that evaluates each rule lives
-- in supervision/rules/<code>.sql. Citations quote what the rule implements (check the article
-- numbers of the 2025 revision of the Public Security Administration Punishment Law before citing).

INSERT INTO supervision_rules (code, category, severity, parameters, rectification_days, citation,
                               name_zh, name_en, description_zh, description_en) VALUES
('INTAKE_NOT_ACCEPTED', 'INTAKE', 'MEDIUM', '{"hours": 24}', 3,
 '《公安机关办理行政案件程序规定》第六十一条：公安机关对报案、控告、举报、群众扭送或者违法嫌疑人投案，以及其他国家机关移送的案件，应当及时受理并按照规定进行网上接报案登记。',
 '接报后超时未受案', 'Intake not accepted in time',
 '接报登记后超过 hours 小时案件仍处于"已登记"状态，未作受案处理。',
 'A registered intake is still not accepted more than `hours` hours after it was reported.'),
('ACCEPTED_NOT_FILED', 'INTAKE', 'HIGH', '{"days": 7}', 5,
 '《公安机关办理刑事案件程序规定》第一百七十八条：公安机关接受案件后，经审查，认为有犯罪事实需要追究刑事责任，且属于自己管辖的，经县级以上公安机关负责人批准，予以立案；认为没有犯罪事实，或者犯罪事实显著轻微不需要追究刑事责任，或者具有其他依法不追究刑事责任情形的，经县级以上公安机关负责人批准，不予立案。',
 '受案后超时未立案（有案不立）', 'Accepted but not filed (有案不立)',
 '受案超过 days 日既未立案也未作不予立案决定。',
 'A case was accepted more than `days` days ago and has been neither filed nor declined.'),
('FILED_WITHOUT_REQUIRED_MATERIALS', 'CASE_FILE', 'MEDIUM',
 '{"graceHours": 24, "requiredMaterials": {"INVESTIGATING": ["INQUIRY_RECORD"], "DECIDED": ["INQUIRY_RECORD"], "CLOSED": ["INQUIRY_RECORD"]}}', 7,
 '《公安机关办理行政案件程序规定》第二十六条、《公安机关执法细则》：案件证据材料应当随办案进程及时录入，案卷应当齐全。',
 '案卷缺少法定材料', 'Case file lacks required materials',
 '立案超过 graceHours 小时后，案件在当前状态下缺少参数 requiredMaterials 为该状态列出的材料类型。',
 'More than `graceHours` hours after filing, the case lacks a material type that `requiredMaterials` lists for its current state.'),
('DEADLINE_NEAR', 'DEADLINE', 'LOW', '{"measureWarnHours": 24, "measureMaxDays": {"CRIMINAL_DETENTION": 37, "RESIDENTIAL_SURVEILLANCE": 183, "BAIL_PENDING_TRIAL": 365}}', 1,
 '《中华人民共和国治安管理处罚法》第八十三条、第九十九条；《中华人民共和国刑事诉讼法》第九十一条、第七十九条。',
 '办案期限临近', 'Deadline near',
 '案件期限（办案期限、询问查证时限、提请批准逮捕期限）进入该期限自身的预警时段（deadline_rules.warn_before_hours）；或强制措施距 measureMaxDays 规定的最长期限不足 measureWarnHours 小时。',
 'A case deadline (handling period, questioning limit, arrest-approval request) has entered its own warning window (deadline_rules.warn_before_hours), or a running compulsory measure is within `measureWarnHours` hours of its longest lawful duration (`measureMaxDays`).'),
('DEADLINE_PASSED', 'DEADLINE', 'HIGH', '{"measureMaxDays": {"CRIMINAL_DETENTION": 37, "RESIDENTIAL_SURVEILLANCE": 183, "BAIL_PENDING_TRIAL": 365}}', 3,
 '《中华人民共和国治安管理处罚法》第八十三条、第九十九条；《中华人民共和国刑事诉讼法》第九十一条、第七十九条。',
 '办案期限已超', 'Deadline passed',
 '案件期限已过而未办结（未关闭）；或强制措施超过 measureMaxDays 规定的最长期限仍未解除。',
 'A case deadline passed while still open, or a compulsory measure has run longer than its longest lawful duration (`measureMaxDays`).'),
('SEIZED_PROPERTY_UNREGISTERED', 'PROPERTY', 'HIGH', '{"graceHours": 24}', 3,
 '《公安机关涉案财物管理若干规定》第十条：办案人员应当在采取措施后二十四小时以内，将涉案财物移交涉案财物管理人员，并办理移交手续。',
 '涉案财物未入库登记', 'Seized property not in the register',
 '扣押、查封、冻结后超过 graceHours 小时，财物既未登记入涉案财物台账也未处置。',
 'Property seized, sealed or frozen more than `graceHours` hours ago is neither entered in the custody register nor disposed of.'),
('SEIZED_PROPERTY_KEPT_TOO_LONG', 'PROPERTY', 'MEDIUM', '{"graceDays": 0}', 7,
 '《公安机关涉案财物管理若干规定》第十七条：对涉案财物，应当依法及时作出处理。',
 '涉案财物超期未处置', 'Seized property kept past its disposal deadline',
 '涉案财物的处置期限（按单位所在时区）已过 graceDays 日仍未处置。',
 'Seized property is still held `graceDays` days after its disposal deadline (in the unit''s zone).'),
('LEDGER_WITHOUT_CASE_FILE', 'LEDGER', 'HIGH', '{}', 5,
 '《公安机关执法质量考核评议规定》：台账与案卷应当一致，不得有账无卷、有卷无账。',
 '台账无对应案卷', 'Ledger entry without a case file',
 '台账条目在案卷中没有依据：已送达的处罚决定（含罚款）所属案件不存在或未作出决定（不在"已决定/已结案"状态）；已登记的涉案财物所属案件已撤销或不予立案而财物未处置，或财物已没收而案件没有决定；拘留、取保候审、监视居住仍在执行而所属案件已撤销、不予立案或已结案。',
 'A register entry without a basis in a case file: an issued penalty decision (with its fine) whose case is missing or not decided (not DECIDED/CLOSED); registered seized property still held on a revoked or declined case, or confiscated property whose case has no decision; a detention, bail or residential surveillance still running on a revoked, declined or closed case.'),
('DECISION_MISSING_FROM_LEDGER', 'LEDGER', 'HIGH', '{"graceHours": 24}', 5,
 '《公安机关执法质量考核评议规定》：台账与案卷应当一致，不得有账无卷、有卷无账。',
 '案件决定未入台账', 'Case decision missing from the ledger',
 '案件以"行政处罚"结论作出决定超过 graceHours 小时，但处罚决定台账中没有该案件已送达的处罚决定。',
 'A case was decided with an administrative penalty more than `graceHours` hours ago, but the penalty-decision register holds no issued decision for it.'),
('PENALTY_OUT_OF_RANGE', 'DISCRETION', 'MEDIUM', '{}', 7,
 '《中华人民共和国行政处罚法》第三十四条：行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。',
 '处罚超出裁量基准幅度', 'Penalty outside the discretion range',
 '已作出的处罚决定（普通程序或当场处罚）超出裁量基准档次幅度，并附有偏离理由，交法制部门复核。',
 'An issued penalty decision (ordinary procedure or on-site) leaves its discretion standard''s range with a written deviation reason; legal affairs reviews it.'),
('SIMPLE_PROCEDURE_OVER_LIMIT', 'DISCRETION', 'HIGH', '{}', 3,
 '《中华人民共和国行政处罚法》第五十一条；《中华人民共和国道路交通安全法》第一百零七条。',
 '简易程序超出限额', 'Simple procedure above its limit',
 '当场（简易程序）决定的罚款超过处罚日有效的程序规则（procedure_rules，SIMPLE_FINE_LIMIT，适用于交通或全部领域、公民或任何当事人）中最低的限额。',
 'An on-site (simple procedure) fine exceeds the lowest SIMPLE_FINE_LIMIT in the procedure rules in force on the day (traffic or all domains, citizen or any offender).'),
('MANDATORY_COMPONENT_OMITTED', 'DISCRETION', 'HIGH', '{}', 5,
 '《中华人民共和国道路交通安全法》第二十四条、第八十八条；《中华人民共和国行政处罚法》第五条。',
 '遗漏必须适用的处罚', 'Mandatory penalty component omitted',
 '已作出的决定遗漏了必须适用的处罚：违法代码应记分而记分少于规定分值（MANDATORY_POINTS 规则有效时），档次要求拘留、罚款或暂扣/吊销驾驶证而决定未包含（MANDATORY_DETENTION、MANDATORY_LICENCE 规则有效时），或决定写明了遗漏理由（omission_reason）。',
 'An issued decision leaves out a component that must apply: fewer points than the violation code carries (while a MANDATORY_POINTS rule is in force), no detention, fine or licence action where the grade requires it (MANDATORY_DETENTION / MANDATORY_LICENCE in force), or a decision that records an omission reason.'),
('DECISION_CHANGED_AFTER_APPROVAL', 'APPROVAL', 'HIGH', '{}', 3,
 '《中华人民共和国行政处罚法》第五十七条、第五十八条：行政处罚决定应当经负责人审批，重大决定须经法制审核。',
 '审批后决定内容被改动', 'Decision changed after approval',
 '经审批的处罚决定在最后一个审批签名后被改动：决定中的罚款、拘留天数或记分与依审批送达的决定书记载不一致；或在最后签名后又出具了更正文书而没有新的审批。',
 'An approved penalty decision changed after its last approval signature: its fine, detention days or points differ from the decision document issued on that approval, or a correcting document was issued after the last signature without a new approval.'),
('SIGNED_TOO_FAST', 'APPROVAL', 'MEDIUM', '{"minSeconds": 60}', 7,
 '《公安机关执法规范化建设若干规定》：审核审批人应当认真审阅案卷材料，不得"只签字不审查"。',
 '审批签字过快', 'Approval signed suspiciously fast',
 '审批同意签名距签名人首次打开该环节材料不足 minSeconds 秒。',
 'An approving signature was given less than `minSeconds` seconds after the signer first opened the link''s materials.'),
('ONSITE_WITHOUT_BODYCAM', 'ONSITE', 'MEDIUM', '{"marginMinutes": 10}', 3,
 '《公安机关现场执法视音频记录工作规定》第四条：对当场处罚等执法活动应当进行现场执法视音频记录。',
 '当场处罚无执法记录仪视频', 'On-site decision without a covering body-worn camera clip',
 '当场处罚决定记载的执法记录仪编号（视频标识"/"前的设备号）在执法记录仪视频登记（案件材料 BODYCAM_CLIP）中没有一段前后各放宽 marginMinutes 分钟后覆盖违法时间的视频。系统目前没有独立的执法记录仪视频库，案件材料中的 BODYCAM_CLIP 是唯一的视频登记，因此以设备号加时间覆盖作为最接近的核对。',
 'The body-worn camera named on an on-site decision (the device code before the "/" of its clip reference) has no clip in the clip register (BODYCAM_CLIP case materials) that covers the time of the violation, allowing `marginMinutes` either side. The system has no separate camera archive; BODYCAM_CLIP materials are the only register of clips, so device plus time coverage is the closest faithful check.');

-- Runs triggered by an event look at one case (or one on-site decision); the desk shows full runs.
ALTER TABLE supervision_runs ADD COLUMN scope VARCHAR(64);
CREATE INDEX supervision_runs_full_idx ON supervision_runs (started_at DESC) WHERE scope IS NULL;

-- "My rectifications" and the escalation scan.
CREATE INDEX supervision_alerts_assignee_idx ON supervision_alerts (assigned_to, due_at) WHERE status <> 'CLOSED';
CREATE INDEX supervision_alerts_escalation_idx ON supervision_alerts (escalation_level, due_at)
    WHERE status IN ('RAISED', 'ASSIGNED', 'REOPENED');

-- Access paths the rules need on other modules' tables (the rules read them in set-based SQL).
CREATE INDEX seized_property_unregistered_idx ON seized_property (seized_at)
    WHERE register_number IS NULL AND disposed_at IS NULL;
CREATE INDEX compulsory_measures_running_case_idx ON compulsory_measures (case_id) WHERE ended_at IS NULL;
