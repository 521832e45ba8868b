-- schemadiff rollback
-- source fingerprint: b0690c92f29bdf9a
-- target fingerprint: 7c3f8c78a229db70
-- 8 statements; hazards: none

BEGIN;

CREATE SCHEMA legacy;

CREATE TYPE legacy.kind AS ENUM ('x', 'y');

CREATE SEQUENCE legacy.counter_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE TABLE legacy.record_notes (
    record_id integer NOT NULL,
    note text
);

CREATE TABLE legacy.records (
    id integer NOT NULL,
    kind legacy.kind NOT NULL,
    counter bigint DEFAULT nextval('legacy.counter_seq'::regclass)
);

ALTER TABLE legacy.records ADD CONSTRAINT records_pkey PRIMARY KEY (id);

ALTER TABLE legacy.record_notes ADD CONSTRAINT record_notes_record_id_fkey FOREIGN KEY (record_id) REFERENCES legacy.records(id);

CREATE INDEX record_notes_record_idx ON legacy.record_notes USING btree (record_id);

COMMIT;
