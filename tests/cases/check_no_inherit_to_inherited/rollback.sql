-- schemadiff rollback
-- source fingerprint: b916ef0ed0cc55bf
-- target fingerprint: 2f2e0f5779b5a7ad
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.p DROP CONSTRAINT p_a;

ALTER TABLE public.p DROP CONSTRAINT p_b;

ALTER TABLE public.p ADD CONSTRAINT p_a CHECK ((a > 0)) NO INHERIT NOT VALID;

ALTER TABLE public.p ADD CONSTRAINT p_b CHECK ((id > 0)) NOT VALID;

COMMIT;

ALTER TABLE public.p VALIDATE CONSTRAINT p_a;

ALTER TABLE public.p VALIDATE CONSTRAINT p_b;
