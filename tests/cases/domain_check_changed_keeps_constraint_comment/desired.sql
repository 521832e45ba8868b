CREATE DOMAIN iso_country AS char(2) CONSTRAINT iso_country_upper CHECK (VALUE ~ '^[A-Z]{2}$' AND VALUE <> 'XX');
CREATE TABLE shops (id integer PRIMARY KEY, country iso_country NOT NULL);
COMMENT ON DOMAIN iso_country IS 'ISO 3166-1 alpha-2';
COMMENT ON CONSTRAINT iso_country_upper ON DOMAIN iso_country IS 'two upper-case letters';
