-- Who decided a fault was kept only on each person's row, so a fault that named nobody (a case
-- without handler or signatures) kept no decider at all. The fault keeps it too; earlier decisions
-- take it from their people's rows, all written by the one decision.
ALTER TABLE enforcement_faults ADD COLUMN decided_by BIGINT;

UPDATE enforcement_faults f SET decided_by = (
    SELECT max(r.decided_by) FROM fault_responsibilities r WHERE r.fault_id = f.id)
WHERE f.status = 'DECIDED';

-- Checked for decisions from now on; an earlier decision of a fault naming nobody has no decider to restore.
ALTER TABLE enforcement_faults ADD CONSTRAINT enforcement_faults_decided_by
    CHECK (status <> 'DECIDED' OR decided_by IS NOT NULL) NOT VALID;
