-- Sequence owned by dropped column kept.
CREATE SEQUENCE tickets_legacy_no_seq AS integer;
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    title text NOT NULL,
    ref_no integer NOT NULL DEFAULT nextval('tickets_legacy_no_seq')
);
