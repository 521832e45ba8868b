-- schemadiff rollback
-- source fingerprint: 2aad8bff397287df
-- target fingerprint: 3bc2dfc27a366f5d
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.kid DROP CONSTRAINT kid_code_key;

ALTER TABLE public.base ALTER COLUMN code DROP NOT NULL;

ALTER TABLE public.kid REPLICA IDENTITY DEFAULT;

ALTER TABLE ONLY public.kid ALTER COLUMN code SET STATISTICS -1;

ALTER TABLE public.kid ALTER COLUMN x DROP NOT NULL;

COMMIT;
