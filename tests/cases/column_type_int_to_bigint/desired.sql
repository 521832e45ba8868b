CREATE TABLE events (
    id integer PRIMARY KEY,
    counter bigint NOT NULL DEFAULT 0,
    ref_id bigint
);

CREATE INDEX events_ref_id_idx ON events (ref_id);
