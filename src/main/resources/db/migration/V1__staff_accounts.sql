-- Staff who sign in, and their roles. Accounts are disabled, never deleted.
CREATE TABLE staff_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_account FOREIGN KEY (staff_id) REFERENCES staff_account (id),
    CONSTRAINT ck_staff_role_role CHECK (role IN ('ADMIN', 'CHIROPRACTOR', 'RECEPTION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_staff_role_role ON staff_role (role);
