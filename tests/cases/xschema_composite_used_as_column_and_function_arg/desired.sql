CREATE SCHEMA geo; CREATE SCHEMA crm;
CREATE TYPE geo.address AS (street text, city text, "Postal Code" varchar(12));
CREATE TABLE crm.contacts (id int PRIMARY KEY, home geo.address, work geo.address);
CREATE FUNCTION crm.city_of(a geo.address) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (a).city $$;
CREATE VIEW crm.contact_cities AS SELECT id, crm.city_of(home) AS home_city FROM crm.contacts;
COMMENT ON COLUMN geo.address."Postal Code" IS 'zip';
