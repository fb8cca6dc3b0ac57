-- The lifelong signing record asks, for a page of signatures, which faults name them.
CREATE INDEX fault_responsibilities_signature_idx ON fault_responsibilities (signature_id) WHERE signature_id IS NOT NULL;
