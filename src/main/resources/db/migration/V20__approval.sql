-- Approval: chains as versioned data, requests pinned to a case version and to the content
-- hashes of the materials submitted, and permanent signatures (the accountability record).

CREATE TABLE approval_chains (
    id            BIGSERIAL PRIMARY KEY,
    action        VARCHAR(30)  NOT NULL,
    chain_version INT          NOT NULL,
    active        BOOLEAN      NOT NULL,
    citation_zh   TEXT         NOT NULL,
    citation_en   TEXT         NOT NULL,
    change_note   TEXT,
    created_by    BIGINT,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT approval_chains_version_uk UNIQUE (action, chain_version)
);
-- One version of each chain is in force; requests keep the version they started with.
CREATE UNIQUE INDEX approval_chains_active_uk ON approval_chains (action) WHERE active;

CREATE TABLE approval_chain_links (
    id                 BIGSERIAL PRIMARY KEY,
    chain_id           BIGINT       NOT NULL REFERENCES approval_chains (id),
    link_order         INT          NOT NULL,
    name_zh            VARCHAR(60)  NOT NULL,
    name_en            VARCHAR(100) NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    unit_level         VARCHAR(20)  NOT NULL,
    min_qualification  VARCHAR(20)  NOT NULL,
    countersign        BOOLEAN      NOT NULL DEFAULT FALSE,
    review_amount      INT          NOT NULL,
    review_unit        VARCHAR(15)  NOT NULL,
    CONSTRAINT approval_chain_links_order_uk UNIQUE (chain_id, link_order),
    CONSTRAINT approval_chain_links_role CHECK (role IN ('REVIEWER', 'LEGAL', 'LEADER')),
    CONSTRAINT approval_chain_links_level CHECK (unit_level IN ('OWN_STATION', 'SUB_BUREAU', 'BUREAU_LEGAL', 'BUREAU_LEADER')),
    CONSTRAINT approval_chain_links_qualification CHECK (min_qualification IN ('BASIC', 'INTERMEDIATE', 'ADVANCED')),
    CONSTRAINT approval_chain_links_review CHECK (review_amount > 0 AND review_unit IN ('HOURS', 'WORKING_DAYS'))
);

CREATE TABLE approval_requests (
    id                BIGSERIAL PRIMARY KEY,
    action            VARCHAR(30)  NOT NULL,
    chain_id          BIGINT       NOT NULL REFERENCES approval_chains (id),
    case_id           BIGINT       NOT NULL,
    -- Copied from the case when submitted, so queues filter by data scope through an index.
    case_number       VARCHAR(40)  NOT NULL,
    case_title        VARCHAR(200) NOT NULL,
    case_unit_id      BIGINT       NOT NULL,
    case_unit_path    VARCHAR(400) NOT NULL,
    subject_type      VARCHAR(40),
    subject_id        VARCHAR(64),
    summary           TEXT         NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    round             INT          NOT NULL,
    current_link      INT,
    case_version      BIGINT       NOT NULL,
    submitted_by      BIGINT       NOT NULL,
    submitted_at      TIMESTAMPTZ  NOT NULL,
    current_due_at    TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT approval_requests_status CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED', 'REFUSED', 'WITHDRAWN'))
);
CREATE INDEX approval_requests_case_idx ON approval_requests (case_id, submitted_at DESC);
CREATE INDEX approval_requests_pending_idx ON approval_requests (case_unit_path varchar_pattern_ops, current_due_at)
    WHERE status = 'PENDING';
CREATE INDEX approval_requests_subject_idx ON approval_requests (subject_type, subject_id);

-- The materials a round was submitted with, and the hash of each at that moment.
CREATE TABLE approval_request_materials (
    request_id    BIGINT       NOT NULL REFERENCES approval_requests (id),
    round         INT          NOT NULL,
    material_id   BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (request_id, round, material_id)
);

-- Who must sign a countersign link: named when the link opens.
CREATE TABLE approval_link_signers (
    request_id  BIGINT NOT NULL REFERENCES approval_requests (id),
    round       INT    NOT NULL,
    link_order  INT    NOT NULL,
    officer_id  BIGINT NOT NULL,
    PRIMARY KEY (request_id, round, link_order, officer_id)
);

CREATE TABLE approval_signatures (
    id                          BIGSERIAL PRIMARY KEY,
    request_id                  BIGINT       NOT NULL REFERENCES approval_requests (id),
    round                       INT          NOT NULL,
    link_order                  INT          NOT NULL,
    link_name                   VARCHAR(60)  NOT NULL,
    action                      VARCHAR(30)  NOT NULL,
    case_id                     BIGINT       NOT NULL,
    signer_id                   BIGINT       NOT NULL,
    decision                    VARCHAR(10)  NOT NULL,
    opinion                     TEXT,
    signed_at                   TIMESTAMPTZ  NOT NULL,
    case_version                BIGINT       NOT NULL,
    material_hashes             TEXT         NOT NULL,
    materials_first_opened_at   TIMESTAMPTZ,
    CONSTRAINT approval_signatures_decision CHECK (decision IN ('APPROVE', 'RETURN', 'REFUSE')),
    -- One signature per person per link and round: a double click cannot sign twice.
    CONSTRAINT approval_signatures_once UNIQUE (request_id, round, link_order, signer_id)
);
CREATE INDEX approval_signatures_signer_idx ON approval_signatures (signer_id, signed_at DESC);
CREATE INDEX approval_signatures_case_idx ON approval_signatures (case_id, signed_at);

CREATE FUNCTION approval_signatures_are_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'approval signatures are permanent: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER approval_signatures_no_update BEFORE UPDATE OR DELETE ON approval_signatures
    FOR EACH ROW EXECUTE FUNCTION approval_signatures_are_permanent();
