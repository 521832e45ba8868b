-- schemadiff plan
-- source fingerprint: 15c672a6f283fbf5
-- target fingerprint: 6cef8729700652b1
-- 4 statements; hazards: none

BEGIN;

DROP INDEX public.queue_payload_idx;

DROP INDEX public.queue_run_at_idx;

COMMIT;

CREATE INDEX CONCURRENTLY queue_payload_idx ON public.queue USING gin (payload jsonb_path_ops) WITH (fastupdate=off);

CREATE INDEX CONCURRENTLY queue_run_at_idx ON public.queue USING btree (run_at) WITH (fillfactor='90', deduplicate_items=off);
