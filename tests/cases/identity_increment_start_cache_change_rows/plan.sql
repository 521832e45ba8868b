-- schemadiff plan
-- source fingerprint: d598ae0561f3f203
-- target fingerprint: 2d23738e871f4db3
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.orders ALTER COLUMN id SET START WITH 100 SET INCREMENT BY 10 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 20 SET NO CYCLE;

COMMIT;
