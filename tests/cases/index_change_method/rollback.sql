-- schemadiff rollback
-- source fingerprint: 4257fab0abfddc24
-- target fingerprint: f5f5c1310afde125
-- 4 statements; hazards: long-lock

BEGIN;

DROP INDEX public.api_tokens_digest_idx;

DROP INDEX public.api_tokens_issued_at_idx;

-- hazard: long-lock
CREATE INDEX api_tokens_digest_idx ON public.api_tokens USING btree (token_digest);

-- hazard: long-lock
CREATE INDEX api_tokens_issued_at_idx ON public.api_tokens USING btree (issued_at);

COMMIT;
