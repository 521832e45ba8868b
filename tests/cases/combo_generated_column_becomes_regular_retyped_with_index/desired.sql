CREATE TABLE shipments (
    id integer PRIMARY KEY,
    weight_g bigint NOT NULL,
    weight_kg numeric(10,3),
    CONSTRAINT shipments_kg_check CHECK (weight_kg IS NULL OR weight_kg >= 0)
);
CREATE INDEX shipments_kg_idx ON shipments (weight_kg);
CREATE VIEW heavy AS SELECT id, weight_kg FROM shipments WHERE weight_kg > 10;
