CREATE TABLE public.products (id bigint, sku text NOT NULL, name text);
CREATE UNIQUE INDEX products_sku ON public.products (sku);
ALTER TABLE public.products REPLICA IDENTITY USING INDEX products_sku;
