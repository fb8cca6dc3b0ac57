-- A penalty decision whose returned approval request was withdrawn is no longer live: the handler
-- may propose a new one for the same party, as after a return or a refusal.
ALTER TABLE penalty_decisions DROP CONSTRAINT penalty_decisions_status;
ALTER TABLE penalty_decisions ADD CONSTRAINT penalty_decisions_status
    CHECK (status IN ('PROPOSED', 'PENDING_APPROVAL', 'RETURNED', 'REFUSED', 'WITHDRAWN', 'ISSUED'));
DROP INDEX penalty_decisions_live_uk;
CREATE UNIQUE INDEX penalty_decisions_live_uk ON penalty_decisions (case_id, party_id)
    WHERE status NOT IN ('RETURNED', 'REFUSED', 'WITHDRAWN');
