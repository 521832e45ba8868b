CREATE TABLE public.p (id int NOT NULL, sku text NOT NULL, n int);
CREATE UNIQUE INDEX p_sku_new ON public.p (sku);
CREATE INDEX p_n_new ON public.p (n, id);
ALTER TABLE public.p REPLICA IDENTITY USING INDEX p_sku_new;
ALTER TABLE public.p CLUSTER ON p_n_new;
COMMENT ON INDEX public.p_sku_new IS 'sku';
