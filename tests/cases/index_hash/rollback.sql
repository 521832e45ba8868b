-- schemadiff rollback
-- source fingerprint: 8c523687cca46fbc
-- target fingerprint: c5b2aa8896213bf6
-- 1 statement; hazards: none

BEGIN;

DROP INDEX public.short_links_token_hash;

COMMIT;
