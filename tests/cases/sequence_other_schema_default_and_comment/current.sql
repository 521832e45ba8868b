CREATE SCHEMA ids;
CREATE SEQUENCE ids.account_seq;
CREATE TABLE accounts (
    id bigint NOT NULL DEFAULT nextval('ids.account_seq') PRIMARY KEY,
    name text NOT NULL
);
