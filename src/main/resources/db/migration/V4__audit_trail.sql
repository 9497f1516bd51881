-- Who did what to which patient's record, when, and whether it was allowed. Append-only: the
-- application inserts and reads, never updates or deletes.
CREATE TABLE audit_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    occurred_at DATETIME(6) NOT NULL,
    username    VARCHAR(64) NOT NULL,
    patient_id  BIGINT,
    action      VARCHAR(30) NOT NULL,
    outcome     VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_event_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('DONE', 'REFUSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_patient ON audit_event (patient_id, occurred_at);
