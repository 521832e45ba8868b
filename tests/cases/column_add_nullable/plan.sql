-- schemadiff plan
-- source fingerprint: caa61e7dae019f20
-- target fingerprint: 0838ca26a4db30ea
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.articles ADD COLUMN is_featured boolean;

ALTER TABLE public.articles ADD COLUMN metadata jsonb;

ALTER TABLE public.articles ADD COLUMN published_at timestamp with time zone;

ALTER TABLE public.articles ADD COLUMN rating numeric(3,1);

ALTER TABLE public.articles ADD COLUMN subtitle character varying(200);

ALTER TABLE public.articles ADD COLUMN tags text[];

COMMIT;
