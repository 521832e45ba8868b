-- schemadiff rollback
-- source fingerprint: d9fd9920bbe80bdb
-- target fingerprint: 684293e2213340d5
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.t ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 2147483647 SET CACHE 1 SET NO CYCLE;

COMMIT;
