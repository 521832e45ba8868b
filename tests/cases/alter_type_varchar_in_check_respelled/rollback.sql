-- schemadiff rollback
-- source fingerprint: d302cbd95fc62214
-- target fingerprint: bd40697e0ed0753b
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.metrics DROP CONSTRAINT metrics_metric_check;

-- hazard: rewrite
ALTER TABLE public.metrics ALTER COLUMN metric TYPE character varying(16);

ALTER TABLE public.metrics ADD CONSTRAINT metrics_metric_check CHECK ((metric IN ('LCP'::character varying, 'FID'::character varying, 'CLS'::character varying))) NOT VALID;

COMMIT;

ALTER TABLE public.metrics VALIDATE CONSTRAINT metrics_metric_check;
