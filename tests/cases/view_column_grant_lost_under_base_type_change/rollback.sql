-- schemadiff rollback
-- source fingerprint: 1d8847fd1a7f2b34
-- target fingerprint: 92041c06304fec15
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
