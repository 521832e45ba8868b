CREATE TABLE public.log (id bigint NOT NULL, day date NOT NULL, msg text, lvl int);
CREATE UNIQUE INDEX log_id_day ON public.log (id, day);
ALTER TABLE public.log REPLICA IDENTITY USING INDEX log_id_day;
CREATE INDEX log_day ON public.log (day);
ALTER TABLE public.log CLUSTER ON log_day;
ALTER TABLE public.log ALTER COLUMN msg SET STORAGE EXTERNAL;
CREATE STATISTICS public.log_lvl_day ON lvl, day FROM public.log;
COMMENT ON INDEX public.log_day IS 'by day';
