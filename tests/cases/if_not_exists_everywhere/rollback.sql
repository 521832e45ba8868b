-- schemadiff rollback
-- source fingerprint: 0dead434a5e71a7a
-- target fingerprint: cc01f524eb9cd132
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.items_name_trgm;

-- hazard: data-loss,irreversible
DROP TABLE inv.stock;

-- hazard: irreversible
DROP SEQUENCE inv.item_no_seq;

DROP EXTENSION pg_trgm;

DROP SCHEMA inv;

COMMIT;
