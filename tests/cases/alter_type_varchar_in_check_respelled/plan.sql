-- schemadiff plan
-- source fingerprint: bd40697e0ed0753b
-- target fingerprint: d302cbd95fc62214
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.metrics DROP CONSTRAINT metrics_metric_check;

ALTER TABLE public.metrics ALTER COLUMN metric TYPE character varying(32);

ALTER TABLE public.metrics ADD CONSTRAINT metrics_metric_check CHECK (metric IN ('LCP', 'FID', 'CLS')) NOT VALID;

COMMIT;

ALTER TABLE public.metrics VALIDATE CONSTRAINT metrics_metric_check;
