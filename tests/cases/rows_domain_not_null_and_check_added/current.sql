CREATE DOMAIN country_code AS text;
CREATE TABLE addresses (id serial PRIMARY KEY, country country_code DEFAULT 'US');
