-- The approval register's keyword now matches the names of the case's parties, as the case list's
-- does (V92). Approval reads no casework table, so a request keeps the names as it keeps the case's
-- number and title: copied at submission, and again at each resubmission, since a correction often
-- adds a party. Requests submitted before this take the names the case has now; parties are only
-- ever added, so these are the names at submission and any added since.
ALTER TABLE approval_requests ADD COLUMN case_party_names TEXT NOT NULL DEFAULT '';

UPDATE approval_requests r SET case_party_names = c.party_names
  FROM cases c
 WHERE c.id = r.case_id AND c.party_names <> '';
