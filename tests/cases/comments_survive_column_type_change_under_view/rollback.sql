-- schemadiff rollback
-- source fingerprint: 330d7e012d3fe2e2
-- target fingerprint: 3aeadbae3886ac2a
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.metric_values;

-- hazard: rewrite
ALTER TABLE public.metrics ALTER COLUMN tag TYPE character varying(10);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.metrics ALTER COLUMN value TYPE real USING value::real;

CREATE VIEW public.metric_values AS
 SELECT metrics.id,
    metrics.value,
    metrics.tag
   FROM public.metrics;

COMMENT ON COLUMN public.metric_values.value IS 'raw value';

COMMENT ON VIEW public.metric_values IS 'read model';

COMMIT;
