CREATE TABLE places (id integer PRIMARY KEY, lat float8, lon float8);
