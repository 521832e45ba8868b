-- schemadiff plan
-- source fingerprint: 8a6523fb7048590f
-- target fingerprint: 1b423ee3fc088f70
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.s', CASE WHEN last_value > 3 THEN 3 ELSE 1 END, last_value > 3) FROM public.s WHERE last_value > 3 OR last_value < 1;

ALTER SEQUENCE public.s AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 3 CACHE 1 NO CYCLE;

COMMIT;
