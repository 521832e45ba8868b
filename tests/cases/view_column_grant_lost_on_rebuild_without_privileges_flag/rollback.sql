-- schemadiff rollback
-- source fingerprint: 56a855e57d45e0d3
-- target fingerprint: a4771361b42b7bb6
-- 4 statements; hazards: rewrite

BEGIN;

DROP VIEW public.v;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN a TYPE integer USING a::integer;

CREATE VIEW public.v AS
 SELECT t.a
   FROM public.t;

GRANT SELECT (a) ON TABLE public.v TO sd_reader;

COMMIT;
