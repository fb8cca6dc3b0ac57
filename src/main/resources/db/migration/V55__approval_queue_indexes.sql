-- A signer's queue reads only the pending requests at links of the signer's roles: the open
-- link's role is copied onto the request whenever a link opens (ApprovalRequest.openLink), and
-- cleared with the link when the request is decided.
ALTER TABLE approval_requests ADD COLUMN open_link_role VARCHAR(20);
ALTER TABLE approval_requests ADD CONSTRAINT approval_requests_open_link_role
    CHECK (open_link_role IN ('REVIEWER', 'LEGAL', 'LEADER'));
UPDATE approval_requests r SET open_link_role = l.role
FROM approval_chain_links l
WHERE r.status = 'PENDING' AND l.chain_id = r.chain_id AND l.link_order = r.current_link;
CREATE INDEX approval_requests_role_pending_idx ON approval_requests (open_link_role, case_unit_path varchar_pattern_ops, current_due_at)
    WHERE status = 'PENDING';

-- The queue's "submitted by me" list pages through an officer's pending requests by review deadline.
CREATE INDEX approval_requests_submitter_pending_idx ON approval_requests (submitted_by, current_due_at, id)
    WHERE status = 'PENDING';
