-- schemadiff plan
-- source fingerprint: 715f2ee23c6f05ad
-- target fingerprint: dc29db30c22aefb1
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_labels_idx ON public.events USING gin (labels);

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

COMMIT;
