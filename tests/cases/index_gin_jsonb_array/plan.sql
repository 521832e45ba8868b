-- schemadiff plan
-- source fingerprint: de6536e9cc885fcc
-- target fingerprint: 1d9cb02dcf47d893
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.events_payload_idx;

COMMIT;

CREATE INDEX CONCURRENTLY events_labels_idx ON public.events USING gin (labels);

CREATE INDEX CONCURRENTLY events_payload_idx ON public.events USING gin (payload jsonb_path_ops);
