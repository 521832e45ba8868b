-- schemadiff rollback
-- source fingerprint: c7ebf690c395a82b
-- target fingerprint: ac81855a1cb28dec
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

COMMIT;
