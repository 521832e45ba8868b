-- schemadiff rollback
-- source fingerprint: 3d374040361a74a2
-- target fingerprint: 166151febff8e40e
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW "App".v;

-- hazard: data-loss,irreversible
ALTER TABLE "App".t DROP COLUMN mixed;

-- hazard: data-loss,irreversible
ALTER TABLE app.t DROP COLUMN lower_only;

-- hazard: data-loss,irreversible
DROP TABLE "APP".t;

-- hazard: data-loss,irreversible
DROP TABLE "App"."T";

DROP FUNCTION "App".f();

DROP FUNCTION app.f();

DROP SCHEMA "APP";

COMMIT;
