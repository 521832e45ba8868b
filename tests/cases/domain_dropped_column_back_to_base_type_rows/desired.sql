CREATE TABLE addresses (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    zip text NOT NULL,
    country char(2) NOT NULL DEFAULT 'US'
);
CREATE INDEX addresses_zip_idx ON addresses (zip);
