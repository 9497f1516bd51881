-- A demo clinic for trying ChiroDesk: one login per role (password chirodesk-demo, published in
-- the README, so never loaded into a production database unless asked for) and a few patients.
INSERT INTO staff_account (username, full_name, password_hash, created_at) VALUES
    ('admin', 'Alex Admin',
     'PBKDF2WithHmacSHA512:210000:9Nq84iZ1LCNSt5TgdU+zds6Dqbzx50OqMNQ2c2xss2Q=:vX5qojc+ZGbnPWvzdGkyjoZeYUi/UnRPOlYKmayxUAc=',
     CURRENT_TIMESTAMP),
    ('chiro', 'Dr Sam Chiro',
     'PBKDF2WithHmacSHA512:210000:NDGw4YmwLTeoixHqBykg+GaD1xgN2MJLWyF3lKjGyNE=:093Jeo0Yj9SjMtHqY7GzWLXWB0qUrdNXARwi4/d21bY=',
     CURRENT_TIMESTAMP),
    ('reception', 'Robin Reception',
     'PBKDF2WithHmacSHA512:210000:cVabdDuEfmcNYblItoYhxfNled68EX8MoqZeipgfVNw=:fLvnBqTfz/KNfCgSpJXLoCkaxpbLhHUXVtCreyiKDKU=',
     CURRENT_TIMESTAMP);

INSERT INTO staff_role (staff_id, role) SELECT id, 'ADMIN' FROM staff_account WHERE username = 'admin';
INSERT INTO staff_role (staff_id, role) SELECT id, 'CHIROPRACTOR' FROM staff_account WHERE username = 'chiro';
INSERT INTO staff_role (staff_id, role) SELECT id, 'RECEPTION' FROM staff_account WHERE username = 'reception';

INSERT INTO patient (patient_number, family_name, given_names, date_of_birth, created_at) VALUES
    ('P000001', 'O''Brien', 'Siobhán', '1979-03-14', CURRENT_TIMESTAMP),
    ('P000002', 'Nguyễn', 'Thị Lan', '1988-11-02', CURRENT_TIMESTAMP),
    ('P000003', 'Kowalski', 'Zoë', '1965-07-21', CURRENT_TIMESTAMP),
    ('P000004', 'Pereira', 'João', '1992-01-30', CURRENT_TIMESTAMP);
