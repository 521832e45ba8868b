-- schemadiff rollback
-- source fingerprint: ab00804d577593bf
-- target fingerprint: 3d0acf6e11c8421b
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.t ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
