CREATE SCHEMA ids;
CREATE SEQUENCE ids.account_seq MINVALUE 1 START WITH 1 CACHE 5;
CREATE SEQUENCE ids.account_ext_seq START WITH 500000;
CREATE TABLE accounts (
    id bigint NOT NULL DEFAULT nextval('ids.account_seq') PRIMARY KEY,
    external_no bigint NOT NULL DEFAULT nextval('ids.account_ext_seq') UNIQUE,
    name text NOT NULL
);
COMMENT ON SEQUENCE ids.account_seq IS 'primary keys for accounts';
COMMENT ON SEQUENCE ids.account_ext_seq IS 'customer-visible account numbers';
