-- schemadiff rollback
-- source fingerprint: 32c295d1470821da
-- target fingerprint: cf7f00ffce3aa091
-- 6 statements; hazards: none

BEGIN;

DROP POLICY p ON public.t;

DROP VIEW public.v;

DROP INDEX public.t_x_idx;

ALTER TABLE public.t DROP CONSTRAINT t_x_check;

ALTER TABLE public.t DROP CONSTRAINT x_positive;

ALTER TABLE public.t DISABLE ROW LEVEL SECURITY;

COMMIT;
