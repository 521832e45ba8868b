-- Column identity int to bigint.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE event_tags (
    event_id bigint NOT NULL REFERENCES events (id),
    tag text NOT NULL
);
