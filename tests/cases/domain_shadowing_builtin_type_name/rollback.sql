-- schemadiff rollback
-- source fingerprint: 3d66a4a616cf4680
-- target fingerprint: fd0e855578e57ba2
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE app.m DROP COLUMN note2;

-- hazard: data-loss,irreversible
ALTER TABLE app.m DROP COLUMN qty2;

DROP DOMAIN public.text;

ALTER TABLE app.m ALTER COLUMN qty TYPE integer;

DROP DOMAIN app.int4;

COMMIT;
