CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    weight_kg integer NOT NULL,
    plate varchar(8)
);
CREATE TABLE trucks (
    axles integer NOT NULL,
    CONSTRAINT trucks_weight_check CHECK (weight_kg > 3500)
) INHERITS (vehicles);
CREATE INDEX trucks_weight_idx ON trucks (weight_kg);
CREATE VIEW all_plates AS SELECT plate FROM vehicles;
