-- A countersign link needs every named signer; one who can no longer sign (approval rights
-- suspended, account disabled, moved, qualification lapsed) is released when everyone else named
-- has approved, so the link does not wait forever for a signature the rules forbid. The release
-- is kept with the reason (the first signing rule that stopped them) and shown with the link.
ALTER TABLE approval_link_signers
    ADD COLUMN released_at      TIMESTAMPTZ,
    ADD COLUMN released_because VARCHAR(64);

CREATE INDEX approval_link_signers_officer ON approval_link_signers (officer_id) WHERE released_at IS NULL;
