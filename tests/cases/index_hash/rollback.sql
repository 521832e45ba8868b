-- schemadiff rollback
-- source fingerprint: 75856cf01f19f589
-- target fingerprint: 8f2334c2e555b066
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.short_links_token_hash;

COMMIT;
