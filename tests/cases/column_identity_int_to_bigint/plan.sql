-- schemadiff plan
-- source fingerprint: f0ab2125fbb5238c
-- target fingerprint: 9858844a15351084
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.event_tags ALTER COLUMN event_id TYPE bigint USING event_id::bigint;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.events ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

COMMIT;
