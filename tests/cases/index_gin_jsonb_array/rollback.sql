-- schemadiff rollback
-- source fingerprint: 380ea97d5590550c
-- target fingerprint: f6e7deb2ff0d7e65
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_labels_idx;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload);

COMMIT;
