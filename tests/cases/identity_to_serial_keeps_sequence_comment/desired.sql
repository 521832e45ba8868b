CREATE TABLE visits (
    id serial PRIMARY KEY,
    path text NOT NULL
);
COMMENT ON SEQUENCE visits_id_seq IS 'visit ids';
