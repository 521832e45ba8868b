-- schemadiff plan
-- source fingerprint: cb5fd82ac17417d7
-- target fingerprint: 644e5e6c81855480
-- 3 statements; hazards: long-lock

BEGIN;

DROP INDEX public.events_payload_idx;

-- hazard: long-lock
CREATE INDEX events_labels_idx ON public.events USING gin (labels);

-- hazard: long-lock
CREATE INDEX events_payload_idx ON public.events USING gin (payload jsonb_path_ops);

COMMIT;
