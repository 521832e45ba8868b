CREATE DOMAIN us_zip AS text CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TABLE addresses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zip us_zip NOT NULL
);
CREATE INDEX addresses_zip_idx ON addresses (zip);
