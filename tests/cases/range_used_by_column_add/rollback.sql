-- schemadiff rollback
-- source fingerprint: f9afd248f661f480
-- target fingerprint: 66efcf320d8c2963
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE ops.maintenance DROP CONSTRAINT maintenance_no_overlap;

-- hazard: data-loss,irreversible
ALTER TABLE ops.maintenance DROP COLUMN slot;

DROP FUNCTION ops.night_slot();

DROP TYPE ops.clock_range;

COMMIT;
