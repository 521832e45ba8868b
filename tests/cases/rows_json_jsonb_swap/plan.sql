-- schemadiff plan
-- source fingerprint: 66adec74afbcc4ae
-- target fingerprint: 736641076a6d44cb
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: rewrite
ALTER TABLE public.webhooks ALTER COLUMN headers TYPE json USING headers::json;

ALTER TABLE public.webhooks ALTER COLUMN payload DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.webhooks ALTER COLUMN payload TYPE jsonb USING payload::jsonb;

ALTER TABLE public.webhooks ALTER COLUMN payload SET DEFAULT '{}'::jsonb;

COMMIT;

CREATE INDEX CONCURRENTLY webhooks_payload_idx ON public.webhooks USING gin (payload);
