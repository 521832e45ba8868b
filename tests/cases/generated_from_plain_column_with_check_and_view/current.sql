CREATE TABLE measurements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    celsius numeric NOT NULL,
    fahrenheit numeric NOT NULL,
    CONSTRAINT fahrenheit_sane CHECK (fahrenheit > -500)
);
CREATE VIEW hot AS SELECT id, fahrenheit FROM measurements WHERE fahrenheit > 90;
