-- schemadiff rollback
-- source fingerprint: 78cf3b97710d4927
-- target fingerprint: 73b7ef44399ecd6e
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE geo.places DROP COLUMN location;

DROP FUNCTION geo.is_north(c geo.coordinates);

DROP FUNCTION geo.origin();

DROP TYPE geo.coordinates;

COMMIT;
