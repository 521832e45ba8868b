CREATE DOMAIN country_code AS text NOT NULL CONSTRAINT country_code_format CHECK (VALUE ~ '^[A-Z]{2}$');
CREATE TABLE addresses (id serial PRIMARY KEY, country country_code DEFAULT 'US');
