-- Constraint check no inherit on parent.
CREATE TABLE vehicles (
    id bigint PRIMARY KEY,
    wheels integer NOT NULL,
    CONSTRAINT vehicles_is_abstract CHECK (false) NO INHERIT,
    CONSTRAINT vehicles_wheels_positive CHECK (wheels > 0)
);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
