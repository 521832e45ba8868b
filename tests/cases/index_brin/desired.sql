CREATE TABLE measurements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sensor_id integer NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision
);

CREATE INDEX measurements_taken_at_brin ON measurements USING brin (taken_at);
CREATE INDEX measurements_id_brin ON measurements USING brin (id, sensor_id);
