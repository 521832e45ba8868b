-- schemadiff plan
-- source fingerprint: 40ed7f138ddcfb54
-- target fingerprint: 527469b07e4c5a91
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.session_cache SET LOGGED;

COMMIT;
