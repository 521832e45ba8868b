CREATE SCHEMA inv;
CREATE TABLE inv.stock (sku varchar(20) PRIMARY KEY, qty bigint);
CREATE FUNCTION public.available(p_sku text) RETURNS bigint LANGUAGE sql STABLE SET search_path = inv, pg_temp
  AS $$ SELECT qty FROM stock WHERE sku = p_sku $$;
CREATE VIEW public.stock_view AS SELECT sku, public.available(sku) AS avail FROM inv.stock;
