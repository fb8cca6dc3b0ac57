-- Organization: the unit tree, officers, their accounts and roles.

CREATE TABLE units (
    id          BIGSERIAL PRIMARY KEY,
    parent_id   BIGINT REFERENCES units (id),
    code        VARCHAR(12)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(150) NOT NULL,
    -- Short name used in document numbers, e.g. 东城公 for the Dongcheng sub-bureau.
    short_name  VARCHAR(20)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    -- Materialized path of ids, '/1/4/17/': a subtree is a prefix match.
    path        VARCHAR(400) NOT NULL,
    zone_id     VARCHAR(40)  NOT NULL DEFAULT 'Asia/Shanghai',
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT units_code_format CHECK (code ~ '^[0-9]{12}$'),
    CONSTRAINT units_kind CHECK (kind IN ('BUREAU', 'SUB_BUREAU', 'TRAFFIC_BRIGADE', 'DEPARTMENT', 'STATION', 'SQUADRON', 'TEAM')),
    CONSTRAINT units_root_is_bureau CHECK ((parent_id IS NULL) = (kind = 'BUREAU'))
);
CREATE UNIQUE INDEX units_code_uk ON units (code);
CREATE INDEX units_path_idx ON units (path varchar_pattern_ops);
CREATE INDEX units_parent_idx ON units (parent_id);

CREATE TABLE officers (
    id                         BIGSERIAL PRIMARY KEY,
    police_number              VARCHAR(10)  NOT NULL,
    name                       VARCHAR(50)  NOT NULL,
    unit_id                    BIGINT       NOT NULL REFERENCES units (id),
    post                       VARCHAR(60),
    phone                      VARCHAR(20),
    qualification_level        VARCHAR(20),
    qualification_valid_from   DATE,
    qualification_valid_until  DATE,
    -- Set by supervision sanctions; the approval module refuses signatures while it is set.
    approval_rights_suspended  BOOLEAN      NOT NULL DEFAULT FALSE,
    active                     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at                 TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT officers_police_number_format CHECK (police_number ~ '^[0-9]{6,8}$'),
    CONSTRAINT officers_qualification_level CHECK (qualification_level IN ('BASIC', 'INTERMEDIATE', 'ADVANCED')),
    CONSTRAINT officers_qualification_dates CHECK (
        (qualification_level IS NULL AND qualification_valid_from IS NULL AND qualification_valid_until IS NULL)
        OR (qualification_level IS NOT NULL AND qualification_valid_from IS NOT NULL AND qualification_valid_until IS NOT NULL
            AND qualification_valid_until >= qualification_valid_from))
);
CREATE UNIQUE INDEX officers_police_number_uk ON officers (police_number);
CREATE INDEX officers_unit_idx ON officers (unit_id);

CREATE TABLE accounts (
    id             BIGSERIAL PRIMARY KEY,
    officer_id     BIGINT       NOT NULL REFERENCES officers (id),
    username       VARCHAR(32)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at  TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accounts_username_uk ON accounts (lower(username));
CREATE UNIQUE INDEX accounts_officer_uk ON accounts (officer_id);

CREATE TABLE account_roles (
    account_id  BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT account_roles_role CHECK (role IN ('OFFICER', 'REVIEWER', 'LEGAL', 'LEADER', 'ADMIN'))
);
