CREATE TABLE shipments (
    id integer PRIMARY KEY,
    weight_g integer NOT NULL,
    weight_kg numeric GENERATED ALWAYS AS (weight_g / 1000.0) STORED
);
CREATE INDEX shipments_kg_idx ON shipments (weight_kg);
CREATE VIEW heavy AS SELECT id, weight_kg FROM shipments WHERE weight_kg > 10;
