-- A material added by mistake (the wrong file, the wrong case) is voided, never deleted: signatures
-- and view receipts point at it and lifelong accountability needs what the signers saw. A voided
-- material stays readable but is no longer part of the case file a new approval round pins.
ALTER TABLE case_materials
    ADD COLUMN voided_at   TIMESTAMPTZ,
    ADD COLUMN voided_by   BIGINT,
    ADD COLUMN void_reason VARCHAR(500),
    ADD CONSTRAINT case_materials_voided_whole CHECK (
        (voided_at IS NULL AND voided_by IS NULL AND void_reason IS NULL)
        OR (voided_at IS NOT NULL AND voided_by IS NOT NULL AND void_reason IS NOT NULL));

-- Voiding is one way, and a material is never removed: the database refuses both, whatever the
-- application does.
CREATE FUNCTION case_materials_keep_voiding() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'case materials are voided, never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.voided_at IS NOT NULL AND (NEW.voided_at IS DISTINCT FROM OLD.voided_at
            OR NEW.voided_by IS DISTINCT FROM OLD.voided_by OR NEW.void_reason IS DISTINCT FROM OLD.void_reason) THEN
        RAISE EXCEPTION 'a voided material stays voided' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER case_materials_voiding_kept BEFORE UPDATE OR DELETE ON case_materials
    FOR EACH ROW EXECUTE FUNCTION case_materials_keep_voiding();
