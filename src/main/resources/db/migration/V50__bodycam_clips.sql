-- The register of body-worn camera clips imported from the camera docks (执法记录仪采集站),
-- independent of cases: on-site decisions have no case, so their clips can only be found here.
CREATE TABLE bodycam_clips (
    id            BIGSERIAL PRIMARY KEY,
    device_code   VARCHAR(64)  NOT NULL,
    recorded_from TIMESTAMPTZ  NOT NULL,
    recorded_to   TIMESTAMPTZ  NOT NULL,
    unit_id       BIGINT       NOT NULL,
    unit_path     VARCHAR(400) NOT NULL,
    officer_id    BIGINT,
    registered_by BIGINT       NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL,
    note          VARCHAR(500),
    CONSTRAINT bodycam_clips_span_chk CHECK (recorded_to > recorded_from),
    CONSTRAINT bodycam_clips_device_start_uq UNIQUE (device_code, recorded_from)
);

-- The unique constraint's index on (device_code, recorded_from) is the one the supervision rule
-- probes (device, start <= t, newest first) and the list filters by device: a second index of the
-- same columns would only slow the docks' imports.
CREATE INDEX bodycam_clips_scope_idx ON bodycam_clips (unit_path varchar_pattern_ops, recorded_from DESC);
