-- schemadiff plan
-- source fingerprint: 000e8dcf208ec5c5
-- target fingerprint: 17683eb4d0fd5cbe
-- 6 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP MATERIALIZED VIEW public.slow_paths;

DROP VIEW public.hits_v;

-- hazard: rewrite
ALTER TABLE public.hits ALTER COLUMN ms TYPE bigint USING ms::bigint;

CREATE VIEW public.hits_v AS
SELECT path, ms FROM hits;

CREATE MATERIALIZED VIEW public.slow_paths AS
 SELECT hits_v.path,
    max(hits_v.ms) AS worst
   FROM public.hits_v
  GROUP BY hits_v.path
WITH NO DATA;

GRANT SELECT ON TABLE public.slow_paths TO sd_reader;

COMMIT;
