-- A function's body changes under what stored its results (an expression
-- index, a generated column): those are rebuilt, else they hold stale values.
CREATE FUNCTION price_with_vat(net numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(net * 1.16, 2) $$;
CREATE TABLE articles (
    id int PRIMARY KEY,
    net numeric(10,2) NOT NULL,
    gross numeric(10,2) GENERATED ALWAYS AS (price_with_vat(net)) STORED
);
