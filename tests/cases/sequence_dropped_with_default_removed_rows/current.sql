CREATE SEQUENCE legacy_ref_seq START WITH 100;
CREATE TABLE refs (
    id integer PRIMARY KEY,
    ref_no bigint NOT NULL DEFAULT nextval('legacy_ref_seq')
);
