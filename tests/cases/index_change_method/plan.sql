-- schemadiff plan
-- source fingerprint: f5f5c1310afde125
-- target fingerprint: 4257fab0abfddc24
-- 4 statements; hazards: none

BEGIN;

DROP INDEX public.api_tokens_digest_idx;

DROP INDEX public.api_tokens_issued_at_idx;

COMMIT;

CREATE INDEX CONCURRENTLY api_tokens_digest_idx ON public.api_tokens USING hash (token_digest);

CREATE INDEX CONCURRENTLY api_tokens_issued_at_idx ON public.api_tokens USING brin (issued_at);
