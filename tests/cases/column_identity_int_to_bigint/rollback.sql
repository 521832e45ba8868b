-- schemadiff rollback
-- source fingerprint: 9858844a15351084
-- target fingerprint: f0ab2125fbb5238c
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.event_tags ALTER COLUMN event_id TYPE integer USING event_id::integer;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.events ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
