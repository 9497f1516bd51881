-- The consent ledger: what the patient agreed to, when, in which wording, who recorded it, and
-- when it was withdrawn. Rows are never deleted.
CREATE TABLE consent (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    version         BIGINT      NOT NULL DEFAULT 0,
    patient_id      BIGINT      NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    given_on        DATE        NOT NULL,
    wording_version VARCHAR(20) NOT NULL,
    recorded_by     VARCHAR(64) NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    withdrawn_on    DATE,
    withdrawn_by    VARCHAR(64),
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_consent_kind CHECK (kind IN ('TREATMENT', 'DATA_PROCESSING', 'MARKETING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consent_patient ON consent (patient_id, given_on);

-- When an erasure request anonymised the patient's identifying details.
ALTER TABLE patient ADD COLUMN erased_at DATETIME(6);
