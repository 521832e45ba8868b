-- schemadiff rollback
-- source fingerprint: 9d0aa421608f9ec0
-- target fingerprint: 61a8718541ea11fb
-- 7 statements; hazards: rewrite

BEGIN;

DROP VIEW public.recent_events;

DROP INDEX public.events_payload_gin;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN meta TYPE text USING meta::text;

ALTER TABLE public.events ALTER COLUMN payload DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.events ALTER COLUMN payload TYPE text USING payload::text;

ALTER TABLE public.events ALTER COLUMN payload SET DEFAULT '{}'::text;

CREATE VIEW public.recent_events AS
 SELECT events.id,
    events.kind,
    events.payload
   FROM public.events
  WHERE (events.id > 0);

COMMIT;
