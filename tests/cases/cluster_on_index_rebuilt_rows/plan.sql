-- schemadiff plan
-- source fingerprint: 1253cf4413701f72
-- target fingerprint: 4d50002db24edabc
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.events_created;

COMMIT;

CREATE INDEX CONCURRENTLY events_created ON public.events USING btree (created_at, kind);

ALTER TABLE public.events CLUSTER ON events_created;
