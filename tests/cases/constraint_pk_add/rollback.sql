-- schemadiff rollback
-- source fingerprint: 6b6df3b809d6fc70
-- target fingerprint: 7396c6ef17064fc2
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.post_tags DROP CONSTRAINT post_tags_pkey;

ALTER TABLE public.tags DROP CONSTRAINT tags_pkey;

COMMIT;
