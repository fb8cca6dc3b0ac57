-- Approving signatures given less than :minSeconds seconds after the signer first opened the
-- link's materials.
SELECT 'signature:' || s.id           AS subject_key,
       s.case_id,
       r.case_unit_id                 AS unit_id,
       r.case_unit_path               AS unit_path,
       s.signer_id                    AS officer_id,
       jsonb_build_object('caseNumber', r.case_number, 'link', s.link_name,
                          'seconds', floor(extract(epoch FROM s.signed_at - s.materials_first_opened_at))::int,
                          'minSeconds', :minSeconds) AS details
FROM approval_signatures s
JOIN approval_requests r ON r.id = s.request_id
WHERE s.decision = 'APPROVE'
  AND s.materials_first_opened_at IS NOT NULL
  AND s.signed_at < s.materials_first_opened_at + interval '1 second' * :minSeconds
