-- Approving signatures given less than :minSeconds seconds after the signer first opened the
-- link's materials.
SELECT 'signature:' || s.id           AS subject_key,
       s.case_id,
       r.case_unit_id                 AS unit_id,
       r.case_unit_path               AS unit_path,
       s.signer_id                    AS officer_id,
       jsonb_build_object('caseNumber', r.case_number, 'link', s.link_name, 'linkZh', s.link_name,
                          'linkEn', COALESCE(l.name_en, s.link_name),
                          'seconds', floor(extract(epoch FROM s.signed_at - s.materials_first_opened_at))::int,
                          'minSeconds', :minSeconds) AS details
FROM approval_signatures s
JOIN approval_requests r ON r.id = s.request_id
-- The signature keeps the Chinese name it was signed under; the English one comes from the same
-- chain version's link (versions never change once written).
LEFT JOIN approval_chain_links l ON l.chain_id = r.chain_id AND l.link_order = s.link_order
WHERE s.decision = 'APPROVE'
  AND s.materials_first_opened_at IS NOT NULL
  AND s.signed_at < s.materials_first_opened_at + interval '1 second' * :minSeconds
