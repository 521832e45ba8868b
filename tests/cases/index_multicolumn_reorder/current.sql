CREATE TABLE page_views (
    id bigint PRIMARY KEY,
    site_id integer NOT NULL,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL
);

CREATE INDEX page_views_lookup_idx ON page_views (site_id, viewed_at, path);
