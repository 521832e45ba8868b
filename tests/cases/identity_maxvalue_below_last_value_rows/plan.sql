-- schemadiff plan
-- source fingerprint: 684293e2213340d5
-- target fingerprint: d9fd9920bbe80bdb
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.t_id_seq', CASE WHEN last_value > 3 THEN 3 ELSE 1 END, last_value > 3) FROM public.t_id_seq WHERE last_value > 3 OR last_value < 1;

ALTER TABLE public.t ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 3 SET CACHE 1 SET CYCLE;

COMMIT;
