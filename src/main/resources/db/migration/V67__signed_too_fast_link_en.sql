-- A "signed too fast" alert named the link in Chinese only, so an English reader saw
-- 'The "局领导集体讨论" link…'. The rule now records the name in both languages (linkZh/linkEn, as
-- the deadline rules do); alerts raised before get the English name of the chain version's link
-- their signature was given on.
UPDATE supervision_alerts a
SET details = a.details || jsonb_build_object('linkZh', s.link_name, 'linkEn', COALESCE(l.name_en, s.link_name))
FROM approval_signatures s
JOIN approval_requests r ON r.id = s.request_id
LEFT JOIN approval_chain_links l ON l.chain_id = r.chain_id AND l.link_order = s.link_order
WHERE a.rule_code = 'SIGNED_TOO_FAST'
  AND a.subject_key = 'signature:' || s.id
  AND NOT a.details ? 'linkEn';
