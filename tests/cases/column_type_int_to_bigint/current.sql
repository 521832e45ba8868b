CREATE TABLE events (
    id integer PRIMARY KEY,
    counter integer NOT NULL DEFAULT 0,
    ref_id integer
);

CREATE INDEX events_ref_id_idx ON events (ref_id);
