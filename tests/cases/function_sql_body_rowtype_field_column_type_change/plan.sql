-- schemadiff plan
-- source fingerprint: ff835f922c452b9b
-- target fingerprint: 1763c452f7b1ce15
-- 3 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.f(e public.t);

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN name TYPE character varying(100);

CREATE OR REPLACE FUNCTION public.f(e public.t)
 RETURNS text
 LANGUAGE sql
 STABLE
RETURN (e).name;

COMMIT;
