-- schemadiff rollback
-- source fingerprint: 4b4b12bdfc101c19
-- target fingerprint: 46e85d4dbe9c9738
-- 10 statements; hazards: rewrite

BEGIN;

DROP STATISTICS public.readings_label_expr;

DROP STATISTICS public.readings_sensor_site;

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN label TYPE character varying(20);

-- hazard: rewrite
ALTER TABLE public.readings ALTER COLUMN sensor TYPE integer USING sensor::integer;

CREATE STATISTICS public.readings_label_expr (ndistinct, dependencies, mcv) ON site, (lower((label)::text)) FROM public.readings;

ALTER STATISTICS public.readings_label_expr SET STATISTICS 200;

COMMENT ON STATISTICS public.readings_label_expr IS 'label by site';

CREATE STATISTICS public.readings_sensor_site (ndistinct, dependencies) ON sensor, site FROM public.readings;

ALTER STATISTICS public.readings_sensor_site SET STATISTICS 500;

COMMENT ON STATISTICS public.readings_sensor_site IS 'sensor implies site';

COMMIT;
