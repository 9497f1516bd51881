-- The exercise catalogue, and its first exercises: those of the clinic's patient-education
-- article on active rest for lower back pain. Every exercise must never increase pain.
CREATE TABLE exercise (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL DEFAULT 0,
    code                  VARCHAR(60)   NOT NULL,
    name                  VARCHAR(120)  NOT NULL,
    category              VARCHAR(20)   NOT NULL,
    body_region           VARCHAR(40)   NOT NULL,
    position              VARCHAR(120),
    purpose               VARCHAR(1000) NOT NULL,
    reps_min              INT,
    reps_max              INT,
    sets                  INT,
    hold_seconds          INT,
    per_day_min           INT,
    per_day_max           INT,
    at_most_every_minutes INT,
    sitting_minutes_min   INT,
    sitting_minutes_max   INT,
    short_bouts           BOOLEAN       NOT NULL DEFAULT FALSE,
    safety_note           VARCHAR(1000),
    source                VARCHAR(300)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_exercise_code UNIQUE (code),
    CONSTRAINT ck_exercise_category CHECK (category IN ('ACTIVE_REST', 'MOBILITY', 'STRETCH', 'STRENGTHENING', 'ERGONOMICS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exercise_category ON exercise (category, name);

CREATE TABLE exercise_step (
    exercise_id BIGINT        NOT NULL,
    step_no     INT           NOT NULL,
    instruction VARCHAR(1000) NOT NULL,
    PRIMARY KEY (exercise_id, step_no),
    CONSTRAINT fk_exercise_step_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exercise_mistake (
    exercise_id BIGINT        NOT NULL,
    mistake_no  INT           NOT NULL,
    mistake     VARCHAR(500) NOT NULL,
    PRIMARY KEY (exercise_id, mistake_no),
    CONSTRAINT fk_exercise_mistake_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exercise_variation (
    exercise_id BIGINT        NOT NULL,
    variation_no INT           NOT NULL,
    variation   VARCHAR(500) NOT NULL,
    PRIMARY KEY (exercise_id, variation_no),
    CONSTRAINT fk_exercise_variation_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO exercise (code, name, category, body_region, position, purpose, safety_note, source, short_bouts)
VALUES ('walking', 'Walking', 'ACTIVE_REST', 'LOWER_BACK', 'Standing', 'An easy, convenient form of active rest: safe and generally well tolerated, even with acute lower back pain.', 'Walking slumped, with short strides and without swinging your arms puts more load on the spine and may make the pain worse.', 'Clinic article "Lower back pain: active rest", Dynamic Health Chiropractic, Jersey', TRUE);
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 0, 'Go out for a few short walks through the day rather than one long walk, so as not to overload your back.' FROM exercise WHERE code = 'walking';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 1, 'Walk tall, at a brisk but comfortable pace.' FROM exercise WHERE code = 'walking';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 2, 'Swing your arms from your shoulders as you walk.' FROM exercise WHERE code = 'walking';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 0, 'Walking slumped.' FROM exercise WHERE code = 'walking';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 1, 'Taking short strides.' FROM exercise WHERE code = 'walking';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 2, 'Not swinging your arms.' FROM exercise WHERE code = 'walking';

INSERT INTO exercise (code, name, category, body_region, position, purpose, safety_note, source, sitting_minutes_min, sitting_minutes_max)
VALUES ('sitting-micro-breaks', 'Sitting micro-breaks', 'ACTIVE_REST', 'LOWER_BACK', 'Sitting, then standing', 'Keeping sitting time short matters most for lower back recovery: micro-breaks break up periods of sitting and get the lower back moving again.', 'With a severe back injury, get up even more often than this.', 'Clinic article "Lower back pain: active rest", Dynamic Health Chiropractic, Jersey', 20, 30);
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 0, 'Do not sit for more than 20–30 minutes without getting up.' FROM exercise WHERE code = 'sitting-micro-breaks';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 1, 'Stand up and move about for a minute or two, then carry on.' FROM exercise WHERE code = 'sitting-micro-breaks';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 2, 'With a severe back injury, get up more often.' FROM exercise WHERE code = 'sitting-micro-breaks';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 0, 'Sitting for a long stretch without a break.' FROM exercise WHERE code = 'sitting-micro-breaks';

INSERT INTO exercise (code, name, category, body_region, position, purpose, safety_note, source, reps_min, reps_max, at_most_every_minutes)
VALUES ('cat-camel', 'Cat-camel', 'MOBILITY', 'LOWER_BACK', 'On all fours', 'Gently moves the whole spine with very low load, so it is extremely safe: most patients, even those in severe pain, can do it straight away.', 'Only go as far as you can without pain.', 'Clinic article "Lower back pain: active rest", Dynamic Health Chiropractic, Jersey', 8, 12, 60);
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 0, 'Start on all fours.' FROM exercise WHERE code = 'cat-camel';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 1, 'Slowly move from position A, back rounded up, to position B, back gently hollowed, moving the whole spine including the neck.' FROM exercise WHERE code = 'cat-camel';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 2, 'Only go as far as you can without pain.' FROM exercise WHERE code = 'cat-camel';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 3, 'Perform 8–12 reps, as often as once an hour.' FROM exercise WHERE code = 'cat-camel';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 0, 'Going further than you can without pain.' FROM exercise WHERE code = 'cat-camel';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 1, 'Rushing the movement instead of moving slowly.' FROM exercise WHERE code = 'cat-camel';

INSERT INTO exercise (code, name, category, body_region, position, purpose, safety_note, source, hold_seconds, per_day_min, per_day_max)
VALUES ('figure-4-supine', 'Figure-4 stretch (lying on your back)', 'STRETCH', 'HIPS', 'Lying on your back', 'Hip restriction is common with low back pain: gently stretching the back of the hip improves hip mobility, unloading the lower back and reducing pain.', 'You should feel the stretch in the back of the hip being pulled. You should not feel pain, discomfort or tightness in the lower back.', 'Clinic article "Lower back pain: active rest", Dynamic Health Chiropractic, Jersey', 120, 2, 5);
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 0, 'Lie on your back with one foot against a wall, the knee bent at 90°.' FROM exercise WHERE code = 'figure-4-supine';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 1, 'Cross your other foot onto that knee and use both hands to gently pull the crossed knee towards your opposite shoulder.' FROM exercise WHERE code = 'figure-4-supine';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 2, 'Feel the stretch in the back of the hip being pulled, with no pain, discomfort or tightness in the lower back.' FROM exercise WHERE code = 'figure-4-supine';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 3, 'Hold for up to 2 minutes and repeat 2–5 times a day.' FROM exercise WHERE code = 'figure-4-supine';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 0, 'Holding your breath.' FROM exercise WHERE code = 'figure-4-supine';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 1, 'Rounding your lower back (if needed, place a small cushion or folded towel in the small of your back to stop it rounding).' FROM exercise WHERE code = 'figure-4-supine';

INSERT INTO exercise (code, name, category, body_region, position, purpose, safety_note, source, hold_seconds, per_day_min, per_day_max)
VALUES ('lunge-stretch', 'Lunge stretch', 'STRETCH', 'HIPS', 'Kneeling', 'Stretches the front of the hip and thigh, improving hip mobility to unload the lower back and reduce pain.', 'You should feel the stretch in the front of the rear thigh. You should not feel pain, discomfort or tightness in the lower back.', 'Clinic article "Lower back pain: active rest", Dynamic Health Chiropractic, Jersey', 120, 2, 5);
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 0, 'Kneel in a lunge position with your spine upright but without over-extending through the lower back. If your lower back over-arches, hinge forward slightly from the hips.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 1, 'Tilt your pelvis backwards, without squeezing your buttocks, until you start to feel a slight pull in the front of your thigh.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 2, 'If needed, gently push your thigh forwards to increase the stretch.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 3, 'Feel the stretch in the front of the rear thigh, with no pain, discomfort or tightness in the lower back.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_step (exercise_id, step_no, instruction) SELECT id, 4, 'Hold for up to 2 minutes and repeat 2–5 times a day.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 0, 'Not tilting the pelvis backwards.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 1, 'Over-extending the lower back.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 2, 'Squeezing your buttocks or stomach.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_mistake (exercise_id, mistake_no, mistake) SELECT id, 3, 'Holding your breath.' FROM exercise WHERE code = 'lunge-stretch';
INSERT INTO exercise_variation (exercise_id, variation_no, variation) SELECT id, 0, 'Standing lunge stretch: the same stretch done standing in a lunge position, for those who cannot kneel.' FROM exercise WHERE code = 'lunge-stretch';
