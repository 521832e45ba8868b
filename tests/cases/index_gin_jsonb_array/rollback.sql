-- schemadiff rollback
-- source fingerprint: dc29db30c22aefb1
-- target fingerprint: 715f2ee23c6f05ad
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_labels_idx;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload);

COMMIT;
