-- schemadiff plan
-- source fingerprint: a4771361b42b7bb6
-- target fingerprint: 56a855e57d45e0d3
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
