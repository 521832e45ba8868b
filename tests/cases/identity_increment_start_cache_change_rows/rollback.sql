-- schemadiff rollback
-- source fingerprint: 2d23738e871f4db3
-- target fingerprint: d598ae0561f3f203
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.orders ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

COMMIT;
