-- schemadiff plan
-- source fingerprint: 95a14f31f18d167b
-- target fingerprint: d9344b28980c4142
-- 2 statements; hazards: none

BEGIN;

SELECT pg_catalog.setval('public.d', CASE WHEN last_value > -1 THEN -1 ELSE -3 END, NOT last_value > -1) FROM public.d WHERE last_value > -1 OR last_value < -3;

ALTER SEQUENCE public.d AS bigint START WITH -1 INCREMENT BY -1 MINVALUE -3 MAXVALUE -1 CACHE 1 CYCLE;

COMMIT;
