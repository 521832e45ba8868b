CREATE SCHEMA inv;
CREATE TABLE inv.stock (sku text PRIMARY KEY, qty int);
CREATE FUNCTION public.available(p_sku text) RETURNS int LANGUAGE sql STABLE SET search_path = inv, pg_temp
  AS $$ SELECT qty FROM stock WHERE sku = p_sku $$;
CREATE VIEW public.stock_view AS SELECT sku, public.available(sku) AS avail FROM inv.stock;
