-- schemadiff plan
-- source fingerprint: 92041c06304fec15
-- target fingerprint: 1d8847fd1a7f2b34
-- 4 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.v;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint;

CREATE VIEW public.v AS
SELECT a FROM t;

GRANT SELECT (a) ON TABLE public.v TO sd_reader;

COMMIT;
