CREATE TABLE page_views (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now()
);
