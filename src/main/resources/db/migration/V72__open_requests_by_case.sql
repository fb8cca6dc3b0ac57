-- The daily check for requests left open on cases that have ended walks the open requests by case;
-- this keeps it to the open ones however many requests have been decided over the years.
CREATE INDEX approval_requests_open_by_case ON approval_requests (case_id) WHERE status IN ('PENDING', 'RETURNED');
