-- A request returned for correction may be withdrawn 撤回 instead of submitted again; the reason
-- is kept with it (and in the audit log), and the case action it asked for closes without effect.
ALTER TABLE approval_requests ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE case_pending_actions DROP CONSTRAINT case_pending_actions_status;
ALTER TABLE case_pending_actions ADD CONSTRAINT case_pending_actions_status
    CHECK (status IN ('PENDING', 'APPLIED', 'RETURNED', 'REFUSED', 'WITHDRAWN'));
