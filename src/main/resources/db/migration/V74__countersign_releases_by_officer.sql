-- An officer's lifelong record shows the countersign links they were released from, newest first,
-- a page at a time, with a count in its summary. Only the named signers still waiting were indexed
-- by officer (V71); without this the released ones are found by reading every named signer.
CREATE INDEX approval_link_signers_released ON approval_link_signers (officer_id, released_at DESC, request_id DESC)
    WHERE released_at IS NOT NULL;
