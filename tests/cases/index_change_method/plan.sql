-- schemadiff plan
-- source fingerprint: 6e0f28f7812f8e07
-- target fingerprint: c0de92a4a7098bdb
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.api_tokens_digest_idx;

DROP INDEX public.api_tokens_issued_at_idx;

-- hazard: long-lock
CREATE INDEX api_tokens_digest_idx ON public.api_tokens USING hash (token_digest);

-- hazard: long-lock
CREATE INDEX api_tokens_issued_at_idx ON public.api_tokens USING brin (issued_at);

COMMIT;
