CREATE DOMAIN rating AS smallint CONSTRAINT rating_range CHECK (VALUE BETWEEN 1 AND 5);
CREATE TYPE review_summary AS (avg_rating numeric, n integer);
CREATE TABLE reviews (
    id integer PRIMARY KEY,
    stars rating NOT NULL
);
COMMENT ON DOMAIN rating IS 'one to five stars';
COMMENT ON CONSTRAINT rating_range ON DOMAIN rating IS 'inclusive';
COMMENT ON TYPE review_summary IS 'aggregate result';
COMMENT ON COLUMN review_summary.n IS 'count of reviews';
