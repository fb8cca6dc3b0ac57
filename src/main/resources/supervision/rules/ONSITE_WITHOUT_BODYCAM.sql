-- On-site decisions whose body-worn camera (the device code before the "/" of the clip
-- reference) has no clip covering the time of the violation, allowing :marginMinutes minutes either
-- side: neither a BODYCAM_CLIP case material nor a clip in traffic's register (bodycam_clips).
SELECT 'onsite:' || o.id              AS subject_key,
       NULL::bigint                   AS case_id,
       o.unit_id,
       o.unit_path,
       o.officer_id,
       jsonb_build_object('caseNumber', '', 'reference', o.document_number, 'clip', o.bodycam_clip,
                          'occurredAt', o.occurred_at) AS details
FROM onsite_decisions o
-- A lateral probe of case_materials_bodycam_idx per decision, then of the register's
-- bodycam_clips_device_start_uq only when that found nothing; a NOT EXISTS here is planned as a
-- hash anti join comparing each decision with every clip its camera ever recorded.
LEFT JOIN LATERAL (
    SELECT 1 AS found FROM case_materials m
    WHERE m.material_type = 'BODYCAM_CLIP' AND m.voided_at IS NULL
      AND m.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND m.recorded_from <= o.occurred_at + interval '1 minute' * :marginMinutes
      AND m.recorded_to >= o.occurred_at - interval '1 minute' * :marginMinutes
    ORDER BY m.recorded_from DESC
    LIMIT 1
) clip ON TRUE
LEFT JOIN LATERAL (
    SELECT 1 AS found FROM bodycam_clips r
    WHERE clip.found IS NULL
      AND r.device_code = upper(split_part(o.bodycam_clip, '/', 1))
      AND r.recorded_from <= o.occurred_at + interval '1 minute' * :marginMinutes
      AND r.recorded_to >= o.occurred_at - interval '1 minute' * :marginMinutes
    ORDER BY r.recorded_from DESC
    LIMIT 1
) registered ON TRUE
WHERE clip.found IS NULL AND registered.found IS NULL
