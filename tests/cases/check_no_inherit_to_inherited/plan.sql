-- schemadiff plan
-- source fingerprint: 2f2e0f5779b5a7ad
-- target fingerprint: b916ef0ed0cc55bf
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.p DROP CONSTRAINT p_a;

ALTER TABLE public.p DROP CONSTRAINT p_b;

ALTER TABLE public.p ADD CONSTRAINT p_a CHECK (a > 0) NOT VALID;

ALTER TABLE public.p ADD CONSTRAINT p_b CHECK (id > 0) NO INHERIT NOT VALID;

COMMIT;

ALTER TABLE public.p VALIDATE CONSTRAINT p_a;

ALTER TABLE public.p VALIDATE CONSTRAINT p_b;
