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

INSERT INTO patient (public_id, family_name, given_names, date_of_birth, sex, mobile_phone, phone_digits,
                     occupation, sitting_hours_per_day, contact_by_sms, created_at, updated_at) VALUES
    ('22Y56RGcCE41fStwmjwA39', 'O''Brien', 'Siobhán', '1979-03-14', 'FEMALE', '07797 123456', '07797123456', 'Accountant', 7, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('PaactAmvt47qPubVqqlPxl', 'Nguyễn', 'Thị Lan', '1988-11-02', 'FEMALE', '07797 654321', '07797654321', 'Nurse', 3, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('5g14YFDBmGaJSXYjLzHjnU', 'Kowalski', 'Zoë', '1965-07-21', 'FEMALE', '07700 900123', '07700900123', 'Retired teacher', 2, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('YNSa89Y0qBJn9XpZagaIQf', 'Pereira', 'João', '1992-01-30', 'MALE', '07700 900456', '07700900456', 'Software developer', 9, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO patient_name_token (patient_id, token) SELECT id, 'o' FROM patient WHERE family_name = 'O''Brien' AND date_of_birth = '1979-03-14';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'brien' FROM patient WHERE family_name = 'O''Brien' AND date_of_birth = '1979-03-14';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'obrien' FROM patient WHERE family_name = 'O''Brien' AND date_of_birth = '1979-03-14';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'siobhan' FROM patient WHERE family_name = 'O''Brien' AND date_of_birth = '1979-03-14';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'nguyen' FROM patient WHERE family_name = 'Nguyễn' AND date_of_birth = '1988-11-02';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'thi' FROM patient WHERE family_name = 'Nguyễn' AND date_of_birth = '1988-11-02';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'lan' FROM patient WHERE family_name = 'Nguyễn' AND date_of_birth = '1988-11-02';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'kowalski' FROM patient WHERE family_name = 'Kowalski' AND date_of_birth = '1965-07-21';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'zoe' FROM patient WHERE family_name = 'Kowalski' AND date_of_birth = '1965-07-21';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'pereira' FROM patient WHERE family_name = 'Pereira' AND date_of_birth = '1992-01-30';
INSERT INTO patient_name_token (patient_id, token) SELECT id, 'joao' FROM patient WHERE family_name = 'Pereira' AND date_of_birth = '1992-01-30';
