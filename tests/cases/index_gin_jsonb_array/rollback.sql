-- schemadiff rollback
-- source fingerprint: 644e5e6c81855480
-- target fingerprint: cb5fd82ac17417d7
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_labels_idx;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload);

COMMIT;
