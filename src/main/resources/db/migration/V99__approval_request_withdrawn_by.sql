-- Who took a request back by hand (its submitter or a handler of the case), so the case's record
-- tells a withdrawal as it tells a signature. Null where the system withdrew it (its reason says
-- why) and on withdrawals made before this column, whose author only the case timeline names.
ALTER TABLE approval_requests ADD COLUMN withdrawn_by BIGINT;
