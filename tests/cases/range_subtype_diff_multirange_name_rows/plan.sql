-- schemadiff plan
-- source fingerprint: ea47d4fa51ec10d8
-- target fingerprint: 4dbaf26aaa2df887
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.t_r;

-- hazard: data-loss,irreversible
ALTER TABLE public.t DROP COLUMN m;

-- hazard: data-loss,irreversible
ALTER TABLE public.t DROP COLUMN r;

DROP TYPE public.frange;

CREATE TYPE public.frange AS RANGE (subtype = double precision, subtype_diff = public.fdiff, multirange_type_name = public.fmulti);

ALTER TABLE public.t ADD COLUMN m public.fmulti;

ALTER TABLE public.t ADD COLUMN r public.frange;

COMMIT;

CREATE INDEX CONCURRENTLY t_r ON public.t USING gist (r);
