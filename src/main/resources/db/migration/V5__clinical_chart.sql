-- The clinical chart: case history, red-flag screenings and SOAP visit notes. Only chiropractors
-- write it; administrators read it; reception never sees it.
CREATE TABLE case_history (
    patient_id           BIGINT        NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    presenting_complaint VARCHAR(2000),
    onset                VARCHAR(2000),
    history              VARCHAR(4000),
    medical_history      VARCHAR(4000),
    medications          VARCHAR(2000),
    goals                VARCHAR(2000),
    updated_at           DATETIME(6)   NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    PRIMARY KEY (patient_id),
    CONSTRAINT fk_case_history_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each screening is kept; the latest one is the patient's current state.
CREATE TABLE red_flag_screening (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    patient_id        BIGINT        NOT NULL,
    screened_at       DATETIME(6)   NOT NULL,
    screened_by       VARCHAR(64)   NOT NULL,
    action_taken      VARCHAR(2000),
    safety_net_advice VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_red_flag_screening_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_red_flag_screening_patient ON red_flag_screening (patient_id, screened_at);

CREATE TABLE red_flag_answer (
    screening_id BIGINT      NOT NULL,
    flag         VARCHAR(40) NOT NULL,
    answer       VARCHAR(10) NOT NULL,
    PRIMARY KEY (screening_id, flag),
    CONSTRAINT fk_red_flag_answer_screening FOREIGN KEY (screening_id) REFERENCES red_flag_screening (id),
    CONSTRAINT ck_red_flag_answer CHECK (answer IN ('PRESENT', 'ABSENT', 'NOT_ASKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE visit_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    patient_id  BIGINT        NOT NULL,
    visit_date  DATE          NOT NULL,
    subjective  VARCHAR(4000),
    objective   VARCHAR(4000),
    assessment  VARCHAR(4000),
    plan        VARCHAR(4000),
    written_by  VARCHAR(64)   NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    signed_by   VARCHAR(64),
    signed_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_note_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_visit_note_patient ON visit_note (patient_id, visit_date);

-- A correction to a signed note: the note itself never changes once signed.
CREATE TABLE visit_note_amendment (
    note_id      BIGINT        NOT NULL,
    amendment_no INT           NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    written_by   VARCHAR(64)   NOT NULL,
    written_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (note_id, amendment_no),
    CONSTRAINT fk_visit_note_amendment_note FOREIGN KEY (note_id) REFERENCES visit_note (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
