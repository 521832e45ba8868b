CREATE TABLE countries (code text PRIMARY KEY, name text);
CREATE TABLE cities (id int PRIMARY KEY, country text REFERENCES countries (code));
CREATE INDEX cities_country_idx ON cities (country);
