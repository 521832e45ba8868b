-- schemadiff plan
-- source fingerprint: 8f2334c2e555b066
-- target fingerprint: 75856cf01f19f589
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX short_links_token_hash ON public.short_links USING hash (token);

COMMIT;
