-- The name and police number a signer had when signing. A signature names its signer for good: an
-- officer renamed or renumbered later is still shown as they signed, with the present name beside
-- it. Signatures given before this column keep NULL, since what their signers were called then is
-- not known, and are shown by the present name. The digest in a signature's audit entry covers
-- these values when they are there.
ALTER TABLE approval_signatures
    ADD COLUMN signer_name VARCHAR(50),
    ADD COLUMN signer_police_number VARCHAR(10);
