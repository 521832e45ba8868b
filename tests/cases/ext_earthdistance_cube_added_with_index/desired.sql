CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
CREATE TABLE places (
    id integer PRIMARY KEY,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    box cube
);
CREATE INDEX places_earth_idx ON places USING gist (ll_to_earth(lat, lon));
CREATE VIEW places_near_origin AS
    SELECT id, earth_distance(ll_to_earth(lat, lon), ll_to_earth(0, 0)) AS dist FROM places;
