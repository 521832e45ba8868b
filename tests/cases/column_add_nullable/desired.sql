CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL,
    subtitle varchar(200),
    published_at timestamp with time zone,
    rating numeric(3,1),
    tags text[],
    metadata jsonb,
    is_featured boolean
);
