-- schemadiff plan
-- source fingerprint: 468e2de405a6068e
-- target fingerprint: 8a6523fb7048590f
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.s SET LOGGED;

COMMIT;
