-- Sequence owned by dropped column kept.
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    legacy_no serial,
    title text NOT NULL
);
