-- schemadiff rollback
-- source fingerprint: 9858844a15351084
-- target fingerprint: f0ab2125fbb5238c
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.event_tags ALTER COLUMN event_id TYPE integer USING event_id::integer;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN id TYPE integer USING id::integer;

SELECT pg_catalog.setval('public.events_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.events_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER TABLE public.events ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
