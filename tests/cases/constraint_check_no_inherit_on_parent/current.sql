-- Constraint check no inherit on parent.
CREATE TABLE vehicles (id bigint PRIMARY KEY, wheels integer NOT NULL);
CREATE TABLE trucks (payload_kg integer) INHERITS (vehicles);
