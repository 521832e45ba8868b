-- schemadiff rollback
-- source fingerprint: f9801fe85465e8d3
-- target fingerprint: 0f2d49d77a643d4d
-- 4 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN tasks.label DROP DEFAULT;

ALTER DOMAIN tasks.label DROP NOT NULL;

ALTER DOMAIN tasks.priority SET DEFAULT 3;

-- hazard: long-lock
ALTER DOMAIN tasks.priority SET NOT NULL;

COMMIT;
