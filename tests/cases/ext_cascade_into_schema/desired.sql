CREATE SCHEMA "Geo Ext";
CREATE EXTENSION earthdistance SCHEMA "Geo Ext" CASCADE;
CREATE TABLE places (id integer PRIMARY KEY, lat float8, lon float8,
    pt "Geo Ext".earth, box "Geo Ext".cube);
CREATE INDEX places_box ON places USING gist (box);
