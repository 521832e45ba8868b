-- schemadiff rollback
-- source fingerprint: bbca39fe55288745
-- target fingerprint: 4ee08bd604867ea7
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.base_entity DROP CONSTRAINT base_entity_id_positive;

-- hazard: data-loss,irreversible
ALTER TABLE public.base_entity DROP COLUMN updated_at;

COMMIT;
