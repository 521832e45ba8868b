-- schemadiff plan
-- source fingerprint: e7be8305523b0966
-- target fingerprint: ec156088d54ae3f2
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE metrics.reading RENAME TO reading__schemadiff_old;

CREATE TYPE metrics.reading AS (sensor_id bigint, value double precision);

-- hazard: rewrite
ALTER TABLE metrics.samples ALTER COLUMN latest TYPE metrics.reading USING CASE WHEN pg_catalog.num_nulls(latest) = 1 THEN NULL ELSE ROW((latest).sensor_id::bigint, (latest).value::double precision)::metrics.reading END;

DROP TYPE metrics.reading__schemadiff_old;

COMMIT;
