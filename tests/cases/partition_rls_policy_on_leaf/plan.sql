-- schemadiff plan
-- source fingerprint: 9462481d2f86cb22
-- target fingerprint: b1c17c5f5765a2f1
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.m1 ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.m1 FORCE ROW LEVEL SECURITY;

ALTER TABLE public.m1 SET (fillfactor=60);

CREATE POLICY p1 ON public.m1 AS RESTRICTIVE FOR SELECT TO sd_reader USING (id = 1);

COMMIT;
