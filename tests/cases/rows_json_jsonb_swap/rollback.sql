-- schemadiff rollback
-- source fingerprint: 736641076a6d44cb
-- target fingerprint: 66adec74afbcc4ae
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public.webhooks_payload_idx;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.webhooks ALTER COLUMN headers TYPE jsonb USING headers::jsonb;

ALTER TABLE public.webhooks ALTER COLUMN payload DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.webhooks ALTER COLUMN payload TYPE json USING payload::json;

ALTER TABLE public.webhooks ALTER COLUMN payload SET DEFAULT '{}'::json;

COMMIT;
