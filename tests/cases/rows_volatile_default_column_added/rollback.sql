-- schemadiff rollback
-- source fingerprint: fd50da3c24c70df2
-- target fingerprint: 31fbd0624902d565
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.api_keys DROP CONSTRAINT api_keys_token_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.api_keys DROP COLUMN created_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.api_keys DROP COLUMN token;

COMMIT;
