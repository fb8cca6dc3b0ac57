-- Fault accountability (执法过错责任追究): faults found on cases, and who answers for them.

CREATE TABLE fault_kinds (
    code      VARCHAR(24)  PRIMARY KEY,
    name_zh   VARCHAR(100) NOT NULL,
    name_en   VARCHAR(150) NOT NULL,
    citation  TEXT
);
INSERT INTO fault_kinds (code, name_zh, name_en, citation) VALUES
('FACTS_WRONG', '认定事实错误', 'Facts wrongly established', '《公安机关人民警察执法过错责任追究规定》第四条'),
('EVIDENCE', '证据不足或违法取证', 'Insufficient or unlawfully gathered evidence', '《公安机关人民警察执法过错责任追究规定》第四条'),
('PROCEDURE', '违反法定程序', 'Statutory procedure breached', '《公安机关人民警察执法过错责任追究规定》第四条'),
('LAW_APPLICATION', '适用法律错误', 'Law wrongly applied', '《公安机关人民警察执法过错责任追究规定》第四条'),
('DISCRETION', '滥用自由裁量权', 'Discretion abused', '《公安机关人民警察执法过错责任追究规定》第四条'),
('PROPERTY', '违法处置涉案财物', 'Seized property unlawfully handled', '《公安机关涉案财物管理若干规定》'),
('OTHER', '其他执法过错', 'Other fault', NULL);

CREATE TABLE fault_outcomes (
    code        VARCHAR(24)  PRIMARY KEY,
    sort_order  INTEGER      NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    citation    TEXT
);
INSERT INTO fault_outcomes (code, sort_order, name_zh, name_en, citation) VALUES
('CRITICISM', 10, '批评教育', 'Criticism and education', '《公安机关人民警察执法过错责任追究规定》第十七条'),
('WRITTEN_REVIEW', 20, '责令书面检查', 'Written self-criticism ordered', '《公安机关人民警察执法过错责任追究规定》第十七条'),
('NOTICE', 30, '通报批评', 'Criticism by circular', '《公安机关人民警察执法过错责任追究规定》第十七条'),
('RETRAINING', 40, '停止执行职务离岗培训', 'Suspended from duty for retraining', '《公安机关人民警察执法过错责任追究规定》第十七条'),
('QUALIFICATION_SUSPENDED', 50, '暂停执法资格', 'Law-enforcement qualification suspended', '《公安机关人民警察执法资格等级考试办法》'),
('DISCIPLINARY', 60, '给予纪律处分', 'Disciplinary sanction', '《公安机关人民警察执法过错责任追究规定》第十八条'),
('REFERRED', 70, '移送司法机关处理', 'Referred to the judicial authorities', '《公安机关人民警察执法过错责任追究规定》第十八条');

CREATE TABLE enforcement_faults (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    case_number   VARCHAR(40)  NOT NULL,
    case_title    VARCHAR(200) NOT NULL,
    unit_id       BIGINT       NOT NULL,
    unit_path     VARCHAR(400) NOT NULL,
    kind          VARCHAR(24)  NOT NULL REFERENCES fault_kinds (code),
    description   TEXT         NOT NULL,
    found_on      DATE         NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    decided_at    TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT enforcement_faults_status CHECK (status IN ('OPEN', 'DECIDED'))
);
CREATE INDEX enforcement_faults_scope_idx ON enforcement_faults (unit_path varchar_pattern_ops, found_on DESC);
CREATE INDEX enforcement_faults_case_idx ON enforcement_faults (case_id);

-- The people proposed for a fault, one row per person and link, and what LEGAL decided.
CREATE TABLE fault_responsibilities (
    id                   BIGSERIAL   PRIMARY KEY,
    fault_id             BIGINT      NOT NULL REFERENCES enforcement_faults (id),
    officer_id           BIGINT      NOT NULL,
    link_kind            VARCHAR(12) NOT NULL,
    signature_id         BIGINT,
    link_name            VARCHAR(60),
    round                INTEGER,
    decision             VARCHAR(10),
    opinion              TEXT,
    responsible          BOOLEAN,
    responsibility_kind  VARCHAR(16),
    outcome              VARCHAR(24) REFERENCES fault_outcomes (code),
    note                 TEXT,
    decided_by           BIGINT,
    decided_at           TIMESTAMPTZ,
    CONSTRAINT fault_responsibilities_link CHECK (link_kind IN ('HANDLER', 'CO_HANDLER', 'SIGNATURE')),
    CONSTRAINT fault_responsibilities_kind CHECK (responsibility_kind IS NULL OR responsibility_kind IN ('DIRECT', 'PRIMARY', 'SECONDARY', 'LEADERSHIP')),
    CONSTRAINT fault_responsibilities_decided CHECK (responsible IS NOT TRUE OR (responsibility_kind IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX fault_responsibilities_fault_idx ON fault_responsibilities (fault_id);
CREATE INDEX fault_responsibilities_officer_idx ON fault_responsibilities (officer_id);
