-- schemadiff rollback
-- source fingerprint: 693aa6b3423f2d91
-- target fingerprint: f61812a4dbb69885
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

COMMIT;
