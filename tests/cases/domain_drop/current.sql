CREATE SCHEMA shop;

CREATE DOMAIN shop.positive_amount AS numeric(12,2)
    CONSTRAINT positive_amount_check CHECK (VALUE > 0);

CREATE DOMAIN shop.unused_code AS varchar(8)
    CONSTRAINT unused_code_upper CHECK (VALUE = upper(VALUE));

CREATE TABLE shop.payments (
    id integer PRIMARY KEY,
    amount shop.positive_amount NOT NULL
);

