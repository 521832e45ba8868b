-- schemadiff rollback
-- source fingerprint: e734c4056d2e2635
-- target fingerprint: bb6c3f047b43095a
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.short_links_token_hash;

COMMIT;
