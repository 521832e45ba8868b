CREATE TABLE measurements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    celsius numeric NOT NULL,
    fahrenheit numeric GENERATED ALWAYS AS (celsius * 9 / 5 + 32) STORED,
    CONSTRAINT fahrenheit_sane CHECK (fahrenheit > -500)
);
CREATE VIEW hot AS SELECT id, fahrenheit FROM measurements WHERE fahrenheit > 90;
