CREATE TABLE short_links (
    id bigint PRIMARY KEY,
    token text NOT NULL,
    target_url text NOT NULL
);

CREATE INDEX short_links_token_hash ON short_links USING hash (token);
