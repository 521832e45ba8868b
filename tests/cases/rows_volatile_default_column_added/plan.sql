-- schemadiff plan
-- source fingerprint: 31fbd0624902d565
-- target fingerprint: fd50da3c24c70df2
-- 4 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.api_keys ADD COLUMN created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL;

-- hazard: rewrite
ALTER TABLE public.api_keys ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY api_keys_token_key ON public.api_keys (token);

ALTER TABLE public.api_keys ADD CONSTRAINT api_keys_token_key UNIQUE USING INDEX api_keys_token_key;
