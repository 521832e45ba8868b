-- schemadiff plan
-- source fingerprint: bb6c3f047b43095a
-- target fingerprint: e734c4056d2e2635
-- 1 statement; hazards: long-lock

BEGIN;

-- hazard: long-lock
CREATE INDEX short_links_token_hash ON public.short_links USING hash (token);

COMMIT;
