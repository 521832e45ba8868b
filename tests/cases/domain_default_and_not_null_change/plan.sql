-- schemadiff plan
-- source fingerprint: 0f2d49d77a643d4d
-- target fingerprint: f9801fe85465e8d3
-- 4 statements; hazards: long-lock

BEGIN;

ALTER DOMAIN tasks.label SET DEFAULT 'inbox'::text;

-- hazard: long-lock
ALTER DOMAIN tasks.label SET NOT NULL;

ALTER DOMAIN tasks.priority SET DEFAULT 4;

ALTER DOMAIN tasks.priority DROP NOT NULL;

COMMIT;
