CREATE TABLE public.p (id int NOT NULL, sku text NOT NULL, n int);
CREATE UNIQUE INDEX p_sku_old ON public.p (sku);
CREATE INDEX p_n_old ON public.p (n);
ALTER TABLE public.p REPLICA IDENTITY USING INDEX p_sku_old;
ALTER TABLE public.p CLUSTER ON p_n_old;
COMMENT ON INDEX public.p_sku_old IS 'sku';
