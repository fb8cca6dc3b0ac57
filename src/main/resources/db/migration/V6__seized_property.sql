-- Seized property 涉案财物: what was seized in a case, whether it reached the custody register,
-- and how and when it was disposed of.

CREATE TABLE seized_property (
    id                   BIGSERIAL PRIMARY KEY,
    case_id              BIGINT       NOT NULL REFERENCES cases (id),
    owner_party_id       BIGINT REFERENCES case_parties (id),
    description          VARCHAR(200) NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    quantity             INT          NOT NULL,
    unit_of_measure      VARCHAR(10)  NOT NULL,
    -- Exact money: estimated value in fen.
    estimated_value_fen  BIGINT,
    seizure_kind         VARCHAR(20)  NOT NULL,
    seized_at            TIMESTAMPTZ  NOT NULL,
    disposal_due         DATE         NOT NULL,
    storage_location     VARCHAR(100),
    register_number      VARCHAR(40),
    registered_at        TIMESTAMPTZ,
    disposed_at          TIMESTAMPTZ,
    disposal             VARCHAR(20),
    disposal_note        TEXT,
    created_by           BIGINT       NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT seized_property_category CHECK (category IN ('VEHICLE', 'CASH', 'DOCUMENT', 'ELECTRONICS', 'CONTRABAND', 'TOOL', 'OTHER')),
    CONSTRAINT seized_property_kind CHECK (seizure_kind IN ('SEIZURE', 'TEMPORARY_SEIZURE', 'SEALING', 'FREEZING')),
    CONSTRAINT seized_property_disposal CHECK (disposal IN ('RETURNED', 'CONFISCATED', 'DESTROYED', 'TRANSFERRED')),
    CONSTRAINT seized_property_disposed CHECK ((disposed_at IS NULL) = (disposal IS NULL)),
    CONSTRAINT seized_property_registered CHECK ((registered_at IS NULL) = (register_number IS NULL)),
    CONSTRAINT seized_property_amounts CHECK (quantity > 0 AND (estimated_value_fen IS NULL OR estimated_value_fen >= 0))
);
CREATE INDEX seized_property_case_idx ON seized_property (case_id);
CREATE INDEX seized_property_open_idx ON seized_property (disposal_due) WHERE disposed_at IS NULL;
CREATE UNIQUE INDEX seized_property_register_uk ON seized_property (register_number) WHERE register_number IS NOT NULL;
