CREATE TABLE ranges_t (lo int, hi int, CHECK (hi >= lo));
