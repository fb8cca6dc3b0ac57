-- When a case ends (closed, revoked or not filed) the requests still open on it are withdrawn by
-- the system, with a reason it writes in both languages, as it does a penalty summary. A reason a
-- person types stays as written, in withdrawal_reason alone.
ALTER TABLE approval_requests ADD COLUMN withdrawal_reason_en TEXT;
