-- A chain's history is read a page at a time: a bureau's own versions and the default's, newest
-- first, and for each shown version the ones edited from it.
CREATE INDEX approval_chains_lineage_idx ON approval_chains (action, bureau_id, created_at DESC, id DESC);
CREATE INDEX approval_chains_based_on_idx ON approval_chains (based_on_id);
