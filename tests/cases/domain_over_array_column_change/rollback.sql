-- schemadiff rollback
-- source fingerprint: 5d80e3a26e240339
-- target fingerprint: 65fbd4888efaf16d
-- 4 statements; hazards: none

BEGIN;

DROP INDEX public.posts_tags_idx;

ALTER DOMAIN public.tag_list DROP CONSTRAINT tag_list_no_nulls;

ALTER TABLE public.posts ALTER COLUMN scores TYPE integer[];

DROP DOMAIN public.score_list;

COMMIT;
