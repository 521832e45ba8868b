CREATE TABLE short_links (
    id bigint PRIMARY KEY,
    token text NOT NULL,
    target_url text NOT NULL
);
