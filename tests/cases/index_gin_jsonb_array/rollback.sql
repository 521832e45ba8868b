-- schemadiff rollback
-- source fingerprint: 1d9cb02dcf47d893
-- target fingerprint: de6536e9cc885fcc
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.events_labels_idx;

DROP INDEX public.events_payload_idx;

COMMIT;

CREATE INDEX CONCURRENTLY events_payload_idx ON public.events USING gin (payload);
