-- schemadiff rollback
-- source fingerprint: 3131c390b073ee87
-- target fingerprint: acf68c33634b9a46
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_labels_idx;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload);

COMMIT;
