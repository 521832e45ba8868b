-- schemadiff plan
-- source fingerprint: 6c192ee91bb8d609
-- target fingerprint: 6cb133d7b3847b71
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.articles ADD COLUMN is_featured boolean;

ALTER TABLE public.articles ADD COLUMN metadata jsonb;

ALTER TABLE public.articles ADD COLUMN published_at timestamp with time zone;

ALTER TABLE public.articles ADD COLUMN rating numeric(3,1);

ALTER TABLE public.articles ADD COLUMN subtitle character varying(200);

ALTER TABLE public.articles ADD COLUMN tags text[];

COMMIT;
