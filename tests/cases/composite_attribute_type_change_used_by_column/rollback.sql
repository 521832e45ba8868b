-- schemadiff rollback
-- source fingerprint: ec156088d54ae3f2
-- target fingerprint: e7be8305523b0966
-- 4 statements; hazards: rewrite

BEGIN;

ALTER TYPE metrics.reading RENAME TO reading__schemadiff_old;

CREATE TYPE metrics.reading AS (sensor_id integer, value real);

-- hazard: rewrite
ALTER TABLE metrics.samples ALTER COLUMN latest TYPE metrics.reading USING latest::text::metrics.reading;

DROP TYPE metrics.reading__schemadiff_old;

COMMIT;
