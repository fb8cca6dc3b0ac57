-- Approved penalty decisions that changed after the last approving signature: the decision's
-- fine, detention days or points differ from the document issued on that approval, or a
-- correcting document followed the last signature without a later approved request.
WITH approved AS (
    SELECT p.id, p.case_id, p.case_number, p.unit_id, p.unit_path, p.proposed_by, p.document_id, p.document_number,
           p.fine_fen, p.detention_days, p.points,
           (SELECT max(s.signed_at) FROM approval_signatures s
            WHERE s.request_id = r.id AND s.round = r.round AND s.decision = 'APPROVE') AS last_signed_at
    FROM penalty_decisions p
    JOIN approval_requests r ON r.id = p.approval_request_id
    WHERE p.status = 'ISSUED'
      AND r.status = 'APPROVED'
)
SELECT 'penalty:' || a.id             AS subject_key,
       a.case_id,
       a.unit_id,
       a.unit_path,
       a.proposed_by                  AS officer_id,
       jsonb_build_object('caseNumber', a.case_number, 'reference', a.document_number,
                          'change', CASE WHEN correction.id IS NOT NULL THEN 'CORRECTED' ELSE 'CONTENT' END) AS details
FROM approved a
JOIN legal_documents d ON d.id = a.document_id
LEFT JOIN legal_documents correction ON correction.corrects_id = d.id
    AND correction.issued_at > a.last_signed_at
    AND NOT EXISTS (SELECT 1 FROM approval_requests later
                    WHERE later.subject_type = 'PENALTY_DECISION' AND later.subject_id = a.id::text
                      AND later.status = 'APPROVED' AND later.decided_at > a.last_signed_at)
WHERE correction.id IS NOT NULL
   OR COALESCE(a.fine_fen::text, '') <> COALESCE(CAST(d.fields AS jsonb) ->> 'fineFen', '')
   OR COALESCE(a.detention_days::text, '') <> COALESCE(CAST(d.fields AS jsonb) ->> 'detentionDays', '')
   OR a.points::text <> COALESCE(CAST(d.fields AS jsonb) ->> 'points', a.points::text)
