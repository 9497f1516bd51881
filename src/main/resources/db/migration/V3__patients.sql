-- The patient register. Patients are archived, never deleted.
CREATE TABLE patient (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    patient_number VARCHAR(20)  NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    given_names    VARCHAR(100) NOT NULL,
    date_of_birth  DATE         NOT NULL,
    archived       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_number UNIQUE (patient_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_patient_name ON patient (family_name, given_names);
CREATE INDEX ix_patient_birth ON patient (date_of_birth);
