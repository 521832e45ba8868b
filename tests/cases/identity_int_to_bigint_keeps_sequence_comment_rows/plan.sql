-- schemadiff plan
-- source fingerprint: 65528d7a2d8fc149
-- target fingerprint: 409878fc8579a712
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.clicks ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.clicks ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 10 SET NO CYCLE;

COMMIT;
