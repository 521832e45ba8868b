-- schemadiff rollback
-- source fingerprint: 74cca1a8854d39de
-- target fingerprint: 1b30ab59ee489fc7
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.hit_notes ALTER COLUMN hit_id TYPE integer USING hit_id::integer;

-- hazard: rewrite
ALTER TABLE public.hits ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.hits_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.hits_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.hits ALTER COLUMN id SET START WITH 2147483600 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
