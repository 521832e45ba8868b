CREATE TABLE ranges_t (lo int, hi int, CHECK (lo + hi >= 0), CHECK (hi >= lo));
