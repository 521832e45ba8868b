-- schemadiff plan
-- source fingerprint: 14599f9876728a23
-- target fingerprint: 4b23671ccb911101
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX short_links_token_hash ON public.short_links USING hash (token);

COMMIT;
