-- schemadiff rollback
-- source fingerprint: 8a6523fb7048590f
-- target fingerprint: 468e2de405a6068e
-- 1 statement; hazards: none

BEGIN;

ALTER SEQUENCE public.s SET UNLOGGED;

COMMIT;
