-- The patient register. Patients are archived, never deleted; an erasure request anonymises them.
CREATE TABLE patient (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    version                 BIGINT       NOT NULL DEFAULT 0,
    public_id               CHAR(22)     NOT NULL,
    family_name             VARCHAR(100) NOT NULL,
    given_names             VARCHAR(100) NOT NULL,
    date_of_birth           DATE         NOT NULL,
    sex                     VARCHAR(12)  NOT NULL,
    mobile_phone            VARCHAR(30),
    other_phone             VARCHAR(30),
    phone_digits            VARCHAR(30),
    email                   VARCHAR(254),
    address_line1           VARCHAR(120),
    address_line2           VARCHAR(120),
    town                    VARCHAR(80),
    postcode                VARCHAR(16),
    emergency_contact_name  VARCHAR(120),
    emergency_contact_phone VARCHAR(30),
    gp                      VARCHAR(200),
    referrer                VARCHAR(200),
    occupation              VARCHAR(120),
    sitting_hours_per_day   INT,
    contact_by_phone        BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_by_sms          BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_by_email        BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_by_post         BOOLEAN      NOT NULL DEFAULT FALSE,
    archived                BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_patient_public_id UNIQUE (public_id),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED')),
    CONSTRAINT ck_patient_sitting CHECK (sitting_hours_per_day BETWEEN 0 AND 24)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_patient_name ON patient (archived, family_name, given_names);
CREATE INDEX ix_patient_birth ON patient (date_of_birth);
CREATE INDEX ix_patient_phone ON patient (phone_digits);
CREATE INDEX ix_patient_email ON patient (email);

-- Every word of a patient's names, lower-cased and without accents ("nguyen" for "Nguyễn"), so
-- that a search by any part of a name is an index range scan on a word prefix.
CREATE TABLE patient_name_token (
    patient_id BIGINT      NOT NULL,
    token      VARCHAR(60) NOT NULL,
    PRIMARY KEY (patient_id, token),
    CONSTRAINT fk_patient_name_token_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_patient_name_token ON patient_name_token (token, patient_id);
