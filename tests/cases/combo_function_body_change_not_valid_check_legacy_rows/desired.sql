CREATE FUNCTION plausible_age(a integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT a BETWEEN 0 AND 130 $$;
CREATE TABLE patients (
    id integer PRIMARY KEY,
    age integer,
    name text
);
ALTER TABLE patients ADD CONSTRAINT patients_age_check CHECK (plausible_age(age)) NOT VALID;
CREATE INDEX patients_plausible_idx ON patients (id) WHERE plausible_age(age);
