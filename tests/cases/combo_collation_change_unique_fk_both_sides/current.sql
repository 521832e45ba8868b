CREATE TABLE countries (
    code text COLLATE "C" PRIMARY KEY,
    name text
);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code text COLLATE "C" NOT NULL REFERENCES countries (code),
    name text NOT NULL,
    CONSTRAINT cities_country_name_key UNIQUE (country_code, name)
);
CREATE VIEW city_list AS SELECT c.name, k.name AS country FROM cities c JOIN countries k ON k.code = c.country_code;
