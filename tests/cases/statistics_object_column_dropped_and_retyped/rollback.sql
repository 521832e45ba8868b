-- schemadiff rollback
-- source fingerprint: 555d458c3f9341c2
-- target fingerprint: c374bf62fa5c4059
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE integer USING sensor::integer;

ALTER TABLE public.readings ADD COLUMN legacy text;

CREATE STATISTICS public.readings_legacy (ndistinct, dependencies, mcv) ON legacy, site FROM public.readings;

COMMIT;
