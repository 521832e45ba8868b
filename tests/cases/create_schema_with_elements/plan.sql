-- schemadiff plan
-- source fingerprint: a9ff75dfb8999a50
-- target fingerprint: cbe7020e6f78c5d7
-- 5 statements; hazards: none

BEGIN;

CREATE SCHEMA hr;

CREATE TABLE hr.staff (
    id integer NOT NULL,
    name text
);

ALTER TABLE hr.staff ADD CONSTRAINT staff_pkey PRIMARY KEY (id);

CREATE INDEX staff_name_idx ON hr.staff USING btree (name);

CREATE VIEW hr.staff_names AS
 SELECT staff.name
   FROM hr.staff;

COMMIT;
