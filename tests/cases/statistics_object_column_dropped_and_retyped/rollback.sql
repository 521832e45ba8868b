-- schemadiff rollback
-- source fingerprint: d171bbec51559ae9
-- target fingerprint: 0352613f41df3f99
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE integer USING sensor::integer;

ALTER TABLE public.readings ADD COLUMN legacy text;

CREATE STATISTICS public.readings_legacy ON site, legacy FROM public.readings;

COMMIT;
