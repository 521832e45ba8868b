-- schemadiff plan
-- source fingerprint: a12574ed9219c492
-- target fingerprint: bd70ebec3104c66c
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE base.entity ADD COLUMN kind text;

CREATE TABLE "Tenant A"."Entity" (
    other integer
) INHERITS (base.entity);

ALTER TABLE base.entity ADD CONSTRAINT entity_kind_check CHECK (kind <> '') NOT VALID;

COMMIT;

ALTER TABLE base.entity VALIDATE CONSTRAINT entity_kind_check;
