CREATE SCHEMA fx;

CREATE FUNCTION fx.is_currency_code(code text) RETURNS boolean
    LANGUAGE sql
    IMMUTABLE
    AS $$ SELECT code ~ '^[A-Z]{3}$' $$;

CREATE DOMAIN fx.currency_code AS text
    CONSTRAINT currency_code_valid CHECK (fx.is_currency_code(VALUE));

CREATE TABLE fx.prices (
    id integer PRIMARY KEY,
    currency fx.currency_code NOT NULL,
    amount numeric NOT NULL
);

