-- schemadiff plan
-- source fingerprint: fc7dbbf5b49639f1
-- target fingerprint: 3b0220cb9ab3eb89
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.v;

CREATE VIEW public.v AS
SELECT a, c FROM t;

GRANT SELECT (a) ON TABLE public.v TO sd_reader;

COMMIT;
