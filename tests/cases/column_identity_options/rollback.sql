-- schemadiff rollback
-- source fingerprint: d4d405d99c9a197d
-- target fingerprint: 6e1d58185accbee5
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.receipts ALTER COLUMN id SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 9223372036854775807 SET CACHE 1 SET NO CYCLE;

SELECT pg_catalog.setval('public.receipts_seq_no_seq', CASE WHEN last_value > 1000000 THEN 1000000 ELSE 1 END, last_value > 1000000) FROM public.receipts_seq_no_seq WHERE last_value > 1000000 OR last_value < 1;

ALTER TABLE public.receipts ALTER COLUMN seq_no SET START WITH 1 SET INCREMENT BY 1 SET MINVALUE 1 SET MAXVALUE 1000000 SET CACHE 1 SET NO CYCLE;

COMMIT;
