-- A bureau going back to the provincial default retires its own version. Who did it, when and why
-- was only in the audit log, so the chain's history showed the retired version with nothing to say
-- why it stopped. One row per retired version (a version is retired once); the default it then
-- followed is named so the history can say which version that was. Returns made before this table
-- are not copied from the audit log: they were made without a reason.
CREATE TABLE approval_chain_default_restorations (
    id                BIGSERIAL    PRIMARY KEY,
    retired_chain_id  BIGINT       NOT NULL REFERENCES approval_chains (id),
    default_chain_id  BIGINT       NOT NULL REFERENCES approval_chains (id),
    restored_by       BIGINT       NOT NULL,
    restored_at       TIMESTAMPTZ  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    CONSTRAINT approval_chain_default_restorations_retired_uk UNIQUE (retired_chain_id)
);
