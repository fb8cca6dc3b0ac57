-- A sign-in attempt is counted while its password is being checked, not only once it has failed:
-- guesses sent all at once had all passed a check that none of them had failed yet. A row with
-- checking = true is an attempt under way (deleted when it signs in, turned into a failure when
-- it does not); every other row is a failure, as before.
ALTER TABLE sign_in_failures ADD COLUMN checking BOOLEAN NOT NULL DEFAULT false;
