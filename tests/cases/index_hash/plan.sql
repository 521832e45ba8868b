-- schemadiff plan
-- source fingerprint: c5b2aa8896213bf6
-- target fingerprint: 8c523687cca46fbc
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX short_links_token_hash ON public.short_links USING hash (token);

COMMIT;
