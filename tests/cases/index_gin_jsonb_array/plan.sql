-- schemadiff plan
-- source fingerprint: f6e7deb2ff0d7e65
-- target fingerprint: 380ea97d5590550c
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_labels_idx ON public.events USING gin (labels);

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

COMMIT;
