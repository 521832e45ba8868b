-- schemadiff plan
-- source fingerprint: e7be8305523b0966
-- target fingerprint: ec156088d54ae3f2
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE metrics.reading RENAME TO reading__schemadiff_old;

CREATE TYPE metrics.reading AS (sensor_id bigint, value double precision);

-- hazard: rewrite
ALTER TABLE metrics.samples ALTER COLUMN latest TYPE metrics.reading USING latest::text::metrics.reading;

DROP TYPE metrics.reading__schemadiff_old;

COMMIT;
