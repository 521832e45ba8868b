-- schemadiff rollback
-- source fingerprint: 1d21e1d963026438
-- target fingerprint: 9a1413223d451d10
-- 5 statements; hazards: none

BEGIN;

DROP INDEX public.ref_legacy_code;

ALTER TABLE public.ref DROP CONSTRAINT ref_legacy_code_fkey;

ALTER TABLE public.legacy DROP CONSTRAINT legacy_pkey;

ALTER TABLE public.ref REPLICA IDENTITY DEFAULT;

ALTER TABLE public.legacy ALTER COLUMN code DROP NOT NULL;

COMMIT;
