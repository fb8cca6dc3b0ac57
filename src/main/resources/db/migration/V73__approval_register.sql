-- The approval register lists every request in a reader's scope, newest submission first, a page
-- at a time: this index lets the database walk the newest requests and stop at the page's end
-- instead of sorting the whole scope (a bureau holds hundreds of thousands of requests).
CREATE INDEX approval_requests_submitted_idx ON approval_requests (submitted_at DESC, id DESC);
