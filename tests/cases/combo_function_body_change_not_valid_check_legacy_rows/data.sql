ALTER TABLE patients DROP CONSTRAINT patients_age_check;
INSERT INTO patients VALUES (1, 40), (2, -5);
ALTER TABLE patients ADD CONSTRAINT patients_age_check CHECK (plausible_age(age)) NOT VALID;
