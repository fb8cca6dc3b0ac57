-- The legal department edits evaluation, ranking and sanction parameters in the UI; edits are
-- versioned so two people changing one value at once do not overwrite each other silently.
ALTER TABLE evaluation_parameters ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE evaluation_parameters ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE evaluation_parameters ADD COLUMN updated_by BIGINT;
