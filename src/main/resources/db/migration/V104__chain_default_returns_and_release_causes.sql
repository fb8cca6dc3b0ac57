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

-- A countersigner released from a link kept only the signing rule that stopped them, and some rules
-- have several causes ("qualification insufficient or lapsed, or the officer inactive"), so the
-- record could not say which applied. The cause is kept now, with the officer's qualification as it
-- stood then (their level, and until when it was valid) and the minimum the link asked for: the
-- officer's record changes later, the reason must not. Releases made before stay with the rule
-- alone (released_cause null) and are told in the rule's general words.
ALTER TABLE approval_link_signers
    ADD COLUMN released_cause               VARCHAR(32),
    ADD COLUMN released_qualification       VARCHAR(20),
    ADD COLUMN released_qualification_until DATE,
    ADD COLUMN released_min_qualification   VARCHAR(20);
