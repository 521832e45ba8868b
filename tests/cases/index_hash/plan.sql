-- schemadiff plan
-- source fingerprint: 22ac7684f16141c4
-- target fingerprint: 23e51847388f5d45
-- 1 statement; hazards: none

CREATE INDEX CONCURRENTLY short_links_token_hash ON public.short_links USING hash (token);
