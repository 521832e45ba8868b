-- schemadiff rollback
-- source fingerprint: 7ddee3bb2b7addbf
-- target fingerprint: cbd0e60fd98ab93f
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

COMMIT;
