-- Column serial to bigserial.
CREATE TABLE comments (
    id serial PRIMARY KEY,
    body text NOT NULL
);
