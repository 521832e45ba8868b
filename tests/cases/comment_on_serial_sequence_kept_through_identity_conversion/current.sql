CREATE TABLE events (
    id serial PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON SEQUENCE events_id_seq IS 'event ids';
COMMENT ON COLUMN events.id IS 'surrogate key';
