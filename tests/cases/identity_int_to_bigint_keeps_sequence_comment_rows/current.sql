CREATE TABLE clicks (
    id integer GENERATED ALWAYS AS IDENTITY (CACHE 10) PRIMARY KEY,
    url text NOT NULL
);
COMMENT ON SEQUENCE clicks_id_seq IS 'click ids; cached';
COMMENT ON COLUMN clicks.id IS 'click id';
