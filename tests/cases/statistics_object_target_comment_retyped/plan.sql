-- schemadiff plan
-- source fingerprint: 46e85d4dbe9c9738
-- target fingerprint: 4b4b12bdfc101c19
-- 10 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.readings_label_expr;

DROP STATISTICS public.readings_sensor_site;

ALTER TABLE public.readings ALTER COLUMN label TYPE text USING label::text;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE bigint USING sensor::bigint;

CREATE STATISTICS public.readings_label_expr (ndistinct, dependencies, mcv) ON site, (lower(label)) FROM public.readings;

ALTER STATISTICS public.readings_label_expr SET STATISTICS 200;

COMMENT ON STATISTICS public.readings_label_expr IS 'label by site';

CREATE STATISTICS public.readings_sensor_site (ndistinct, dependencies) ON sensor, site FROM public.readings;

ALTER STATISTICS public.readings_sensor_site SET STATISTICS 500;

COMMENT ON STATISTICS public.readings_sensor_site IS 'sensor implies site';

COMMIT;
