CREATE TABLE readings (
    id integer PRIMARY KEY,
    celsius numeric(5,1) NOT NULL,
    station varchar(32),
    CONSTRAINT readings_station_check CHECK (station <> '')
);
ALTER TABLE readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -90.0 AND 60.0) NOT VALID;
CREATE INDEX readings_station_idx ON readings (station);
