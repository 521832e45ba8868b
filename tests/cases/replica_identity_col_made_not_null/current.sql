CREATE TABLE public.products (id bigint, sku text, name text);
CREATE UNIQUE INDEX products_sku ON public.products (sku);
