-- schemadiff rollback
-- source fingerprint: 23e51847388f5d45
-- target fingerprint: 22ac7684f16141c4
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.short_links_token_hash;

COMMIT;
