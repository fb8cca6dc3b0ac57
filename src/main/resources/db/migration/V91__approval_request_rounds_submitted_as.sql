-- The name and police number the submitter had when submitting a round, as signatures keep their
-- signer's (V90): a record read after a rename still says who submitted under which name. Rounds
-- submitted before keep NULL and show the present name; the round's digest covers these values
-- when they are there.
ALTER TABLE approval_request_rounds
    ADD COLUMN submitter_name VARCHAR(50),
    ADD COLUMN submitter_police_number VARCHAR(10);
