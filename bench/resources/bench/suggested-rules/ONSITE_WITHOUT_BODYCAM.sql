-- Suggested form of supervision/rules/ONSITE_WITHOUT_BODYCAM.sql: one probe of the partial
-- (device_code, recorded_from) index per decision, newest clip first, instead of a hash anti join
-- that compares each decision with every clip of its camera.
SELECT 'onsite:' || o.id              AS subject_key,
       NULL::bigint                   AS case_id,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'clip', o.bodycam_clip,
                          'occurredAt', o.occurred_at) AS details
FROM onsite_decisions o
LEFT JOIN LATERAL (
    SELECT 1 AS found FROM case_materials m
    WHERE m.material_type = 'BODYCAM_CLIP'
      AND m.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND m.recorded_from <= o.occurred_at + interval '1 minute' * :marginMinutes
      AND m.recorded_to >= o.occurred_at - interval '1 minute' * :marginMinutes
    ORDER BY m.recorded_from DESC
    LIMIT 1) clip ON TRUE
WHERE clip.found IS NULL
