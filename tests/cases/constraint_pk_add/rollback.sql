-- schemadiff rollback
-- source fingerprint: 79e53d0c82700438
-- target fingerprint: e38945b73585fe78
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

COMMIT;
