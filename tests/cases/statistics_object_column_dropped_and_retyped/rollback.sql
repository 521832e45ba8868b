-- schemadiff rollback
-- source fingerprint: c59e84e57bae4ac3
-- target fingerprint: 774fd66fd48ae268
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE integer USING sensor::integer;

ALTER TABLE public.readings ADD COLUMN legacy text;

CREATE STATISTICS public.readings_legacy ON site, legacy FROM public.readings;

COMMIT;
