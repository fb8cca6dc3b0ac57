-- A rectification may come with a file (a corrected document, a photo of the register page). The
-- file is stored once by content under the file root; evidence_sha256 names it.
ALTER TABLE supervision_rectifications ADD COLUMN evidence_file_name VARCHAR(255);
ALTER TABLE supervision_rectifications ADD COLUMN evidence_content_type VARCHAR(100);
ALTER TABLE supervision_rectifications ADD COLUMN evidence_size BIGINT;
