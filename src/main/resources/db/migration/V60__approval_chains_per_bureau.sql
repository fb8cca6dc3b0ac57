-- Approval chains per city bureau. A provincial deployment serves many bureaus, and each bureau's
-- legal department keeps the chains of its own bureau: an edit by one bureau must not change how
-- another's cases are approved. NULL is the provincial default, seeded by migrations; a bureau
-- follows it until it writes a version of its own. based_on_id names the version an edit started
-- from, so a version's history compares it with what was in force for that bureau before.
ALTER TABLE approval_chains ADD COLUMN bureau_id BIGINT;
ALTER TABLE approval_chains ADD COLUMN based_on_id BIGINT REFERENCES approval_chains (id);

ALTER TABLE approval_chains DROP CONSTRAINT approval_chains_version_uk;
CREATE UNIQUE INDEX approval_chains_version_uk ON approval_chains (coalesce(bureau_id, 0), action, chain_version);
DROP INDEX approval_chains_active_uk;
CREATE UNIQUE INDEX approval_chains_active_uk ON approval_chains (coalesce(bureau_id, 0), action) WHERE active;

-- Versions written before this migration applied to every bureau; they stay the default, each
-- edited from the one before it.
UPDATE approval_chains c SET based_on_id = p.id
FROM approval_chains p
WHERE p.action = c.action AND p.chain_version = c.chain_version - 1 AND p.bureau_id IS NULL AND c.bureau_id IS NULL;
