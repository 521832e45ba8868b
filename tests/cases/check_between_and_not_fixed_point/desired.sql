CREATE TABLE reviews (
    id integer PRIMARY KEY,
    rating smallint NOT NULL,
    CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5 AND rating <> 3)
);
