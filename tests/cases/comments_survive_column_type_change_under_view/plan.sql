-- schemadiff plan
-- source fingerprint: 3aeadbae3886ac2a
-- target fingerprint: 330d7e012d3fe2e2
-- 6 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.metric_values;

ALTER TABLE public.metrics ALTER COLUMN tag TYPE character varying(40);

-- hazard: rewrite
ALTER TABLE public.metrics ALTER COLUMN value TYPE double precision USING value::double precision;

CREATE VIEW public.metric_values AS
SELECT id, value, tag FROM metrics;

COMMENT ON COLUMN public.metric_values.value IS 'raw value';

COMMENT ON VIEW public.metric_values IS 'read model';

COMMIT;
