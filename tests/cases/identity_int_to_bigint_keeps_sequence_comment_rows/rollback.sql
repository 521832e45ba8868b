-- schemadiff rollback
-- source fingerprint: 409878fc8579a712
-- target fingerprint: 65528d7a2d8fc149
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.clicks ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.clicks ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 10 SET NO CYCLE;

COMMIT;
