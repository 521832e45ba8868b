-- schemadiff plan
-- source fingerprint: de6536e9cc885fcc
-- target fingerprint: 1d9cb02dcf47d893
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_labels_idx ON public.events USING gin (labels);

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

COMMIT;
