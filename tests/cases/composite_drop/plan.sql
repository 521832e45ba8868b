-- schemadiff plan
-- source fingerprint: 27d1af7b3059ecd1
-- target fingerprint: 73b7ef44399ecd6e
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE geo.places DROP COLUMN location;

DROP FUNCTION geo.origin();

DROP TYPE geo.coordinates;

COMMIT;
