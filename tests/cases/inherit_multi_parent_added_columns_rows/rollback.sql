-- schemadiff rollback
-- source fingerprint: 8bdad7dbf76f62a1
-- target fingerprint: 8e8d23f7a1dcd225
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.item DROP CONSTRAINT item_len;

ALTER TABLE public.named DROP CONSTRAINT named_len;

-- hazard: data-loss,irreversible
ALTER TABLE public.audited DROP COLUMN updated_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.special_item DROP COLUMN extra;

ALTER TABLE public.named ADD CONSTRAINT named_len CHECK ((length(name) < 100)) NOT VALID;

COMMIT;

ALTER TABLE public.named VALIDATE CONSTRAINT named_len;
