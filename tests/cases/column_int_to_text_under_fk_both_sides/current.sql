CREATE TABLE countries (code int PRIMARY KEY, name text);
CREATE TABLE cities (id int PRIMARY KEY, country int REFERENCES countries (code));
CREATE INDEX cities_country_idx ON cities (country);
