CREATE TABLE vehicles (
    id integer PRIMARY KEY,
    weight_kg numeric(9,1) NOT NULL,
    plate varchar(12),
    CONSTRAINT vehicles_weight_check CHECK (weight_kg > 0)
);
CREATE TABLE trucks (
    axles integer NOT NULL,
    CONSTRAINT trucks_weight_check CHECK (weight_kg > 3500)
) INHERITS (vehicles);
CREATE INDEX trucks_weight_idx ON trucks (weight_kg, axles);
CREATE INDEX vehicles_plate_idx ON vehicles (plate);
CREATE VIEW all_plates AS SELECT plate FROM vehicles;
