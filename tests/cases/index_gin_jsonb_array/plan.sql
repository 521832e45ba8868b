-- schemadiff plan
-- source fingerprint: acf68c33634b9a46
-- target fingerprint: 3131c390b073ee87
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_labels_idx ON public.events USING gin (labels);

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

COMMIT;
