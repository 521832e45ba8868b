CREATE TABLE public.items (id int PRIMARY KEY, name varchar(100), uid uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT items_uid_key UNIQUE (uid));
ALTER TABLE public.items ALTER COLUMN name SET STATISTICS 200;
ALTER TABLE public.items ALTER COLUMN uid SET STATISTICS 0;
ALTER TABLE public.items REPLICA IDENTITY USING INDEX items_uid_key;
ALTER TABLE public.items CLUSTER ON items_uid_key;
COMMENT ON CONSTRAINT items_uid_key ON public.items IS 'public id';
CREATE STATISTICS public.items_name_uid ON name, uid FROM public.items;
CREATE VIEW public.item_names AS SELECT id, name FROM public.items;
