-- A fault names the approval links whose signers may share the responsibility. The link's name was
-- copied in Chinese only, so the English fault page and record showed it untranslated; the English
-- name comes from the chain version the request ran on, as on the approval pages.
ALTER TABLE fault_responsibilities ADD COLUMN link_name_en VARCHAR(100);

UPDATE fault_responsibilities r SET link_name_en = l.name_en
FROM approval_signatures s
JOIN approval_requests q ON q.id = s.request_id
JOIN approval_chain_links l ON l.chain_id = q.chain_id AND l.link_order = s.link_order
WHERE s.id = r.signature_id;
