-- On-site decisions whose body-worn camera (the device code before the "/" of the clip
-- reference) has no registered clip (BODYCAM_CLIP material) covering the time of the violation,
-- allowing :marginMinutes minutes either side.
SELECT 'onsite:' || o.id              AS subject_key,
       NULL::bigint                   AS case_id,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'clip', o.bodycam_clip,
                          'occurredAt', o.occurred_at) AS details
FROM onsite_decisions o
WHERE NOT EXISTS (
    SELECT 1 FROM case_materials m
    WHERE m.material_type = 'BODYCAM_CLIP'
      AND m.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND m.recorded_from <= o.occurred_at + interval '1 minute' * :marginMinutes
      AND m.recorded_to >= o.occurred_at - interval '1 minute' * :marginMinutes
)
