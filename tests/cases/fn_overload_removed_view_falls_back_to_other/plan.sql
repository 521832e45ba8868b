-- schemadiff plan
-- source fingerprint: 35587c9d5733c003
-- target fingerprint: f0ef65acf5657878
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.thing_codes;

DROP FUNCTION public.fmt_id(v integer);

CREATE VIEW public.thing_codes AS
SELECT id, fmt_id(id) AS code FROM things;

COMMIT;
