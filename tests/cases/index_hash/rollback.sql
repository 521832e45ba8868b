-- schemadiff rollback
-- source fingerprint: 4b23671ccb911101
-- target fingerprint: 14599f9876728a23
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.short_links_token_hash;

COMMIT;
