CREATE TABLE readings (
    id integer PRIMARY KEY,
    celsius integer NOT NULL,
    station text
);
ALTER TABLE readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -90 AND 60) NOT VALID;
ALTER TABLE readings ADD CONSTRAINT readings_station_check CHECK (station <> '') NOT VALID;
