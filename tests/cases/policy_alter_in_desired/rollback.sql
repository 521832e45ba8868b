-- schemadiff rollback
-- source fingerprint: 2b1be0158c18a64c
-- target fingerprint: a5a224307083f399
-- 1 statement; hazards: none

BEGIN;

ALTER POLICY p ON public.t TO PUBLIC USING (true);

COMMIT;
