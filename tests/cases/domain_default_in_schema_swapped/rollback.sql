-- schemadiff rollback
-- source fingerprint: 253cd199eef9b682
-- target fingerprint: d93c41d0a1876d24
-- 6 statements; hazards: rewrite,long-lock

BEGIN;

ALTER DOMAIN app.counter DROP CONSTRAINT counter_check;

ALTER DOMAIN app.counter RENAME TO counter__schemadiff_old;

CREATE DOMAIN app.counter AS integer DEFAULT app.start_value();

-- hazard: long-lock
ALTER DOMAIN app.counter ADD CONSTRAINT counter_check CHECK ((VALUE >= 0));

-- hazard: rewrite
ALTER TABLE app.tally ALTER COLUMN n TYPE app.counter USING n::text::app.counter;

DROP DOMAIN app.counter__schemadiff_old;

COMMIT;
