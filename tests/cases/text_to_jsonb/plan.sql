-- schemadiff plan
-- source fingerprint: 61a8718541ea11fb
-- target fingerprint: 9d0aa421608f9ec0
-- 7 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.recent_events;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN meta TYPE jsonb USING meta::jsonb;

ALTER TABLE public.events ALTER COLUMN payload DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;

ALTER TABLE public.events ALTER COLUMN payload SET DEFAULT '{}'::jsonb;

CREATE VIEW public.recent_events AS
SELECT id, kind, payload, payload->>'user' AS user_name FROM events WHERE id > 0;

COMMIT;

CREATE INDEX CONCURRENTLY events_payload_gin ON public.events USING gin (payload jsonb_path_ops);
