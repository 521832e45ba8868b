-- schemadiff rollback
-- source fingerprint: ec156088d54ae3f2
-- target fingerprint: e7be8305523b0966
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE metrics.reading RENAME TO reading__schemadiff_old;

CREATE TYPE metrics.reading AS (sensor_id integer, value real);

-- hazard: rewrite
ALTER TABLE metrics.samples ALTER COLUMN latest TYPE metrics.reading USING CASE WHEN pg_catalog.num_nulls(latest) = 1 THEN NULL ELSE ROW((latest).sensor_id::integer, (latest).value::real)::metrics.reading END;

DROP TYPE metrics.reading__schemadiff_old;

COMMIT;
