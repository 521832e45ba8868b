-- schemadiff plan
-- source fingerprint: 4ee08bd604867ea7
-- target fingerprint: bbca39fe55288745
-- 3 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.base_entity ADD COLUMN updated_at timestamp with time zone;

ALTER TABLE public.base_entity ADD CONSTRAINT base_entity_id_positive CHECK (id > 0) NOT VALID;

COMMIT;

ALTER TABLE public.base_entity VALIDATE CONSTRAINT base_entity_id_positive;
