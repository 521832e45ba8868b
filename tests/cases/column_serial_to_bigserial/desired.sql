-- Column serial to bigserial.
CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    body text NOT NULL
);
