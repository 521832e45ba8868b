-- schemadiff plan
-- source fingerprint: a5a224307083f399
-- target fingerprint: 2b1be0158c18a64c
-- 1 statement; hazards: none

BEGIN;

ALTER POLICY p ON public.t TO PUBLIC USING ((a > 0));

COMMIT;
