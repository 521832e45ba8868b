CREATE TABLE clicks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url text NOT NULL
);
COMMENT ON SEQUENCE clicks_id_seq IS 'click ids';
