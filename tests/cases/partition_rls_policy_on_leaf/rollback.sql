-- schemadiff rollback
-- source fingerprint: b1c17c5f5765a2f1
-- target fingerprint: 9462481d2f86cb22
-- 4 statements; hazards: none

BEGIN;

DROP POLICY p1 ON public.m1;

ALTER TABLE public.m1 DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.m1 NO FORCE ROW LEVEL SECURITY;

ALTER TABLE public.m1 RESET (fillfactor);

COMMIT;
