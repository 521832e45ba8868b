-- schemadiff plan
-- source fingerprint: 1b30ab59ee489fc7
-- target fingerprint: 74cca1a8854d39de
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.hit_notes ALTER COLUMN hit_id TYPE bigint USING hit_id::bigint;

-- hazard: rewrite
ALTER TABLE public.hits ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.hits ALTER COLUMN id SET START WITH 2147483600 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

COMMIT;
