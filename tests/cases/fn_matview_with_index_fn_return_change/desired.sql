CREATE TABLE sales (id int PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION region_label(r text) RETURNS varchar(32) LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r)::varchar(32) $$;
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region_label(region) AS label, sum(amount) AS total FROM sales GROUP BY 1;
CREATE UNIQUE INDEX sales_by_region_label ON sales_by_region (label);
