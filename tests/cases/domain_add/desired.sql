-- A new domain with a default, NOT NULL and named CHECKs, used by a new column of an existing table and by a new table.
CREATE SCHEMA crm;

CREATE DOMAIN crm.email_address AS text
    DEFAULT 'unknown@example.invalid'
    NOT NULL
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%')
    CONSTRAINT email_not_padded CHECK (VALUE = btrim(VALUE));

CREATE TABLE crm.contacts (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email crm.email_address
);

CREATE TABLE crm.mailing_list (
    address crm.email_address PRIMARY KEY,
    subscribed_at timestamptz NOT NULL DEFAULT now()
);
