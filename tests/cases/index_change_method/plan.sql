-- schemadiff plan
-- source fingerprint: c57f7ff08762afc4
-- target fingerprint: 92a4a4e95f6ddd31
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.api_tokens_digest_idx;

DROP INDEX public.api_tokens_issued_at_idx;

-- hazard: long-lock
CREATE INDEX api_tokens_digest_idx ON public.api_tokens USING hash (token_digest);

-- hazard: long-lock
CREATE INDEX api_tokens_issued_at_idx ON public.api_tokens USING brin (issued_at);

COMMIT;
