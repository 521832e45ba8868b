-- schemadiff plan
-- source fingerprint: 8e8d23f7a1dcd225
-- target fingerprint: 8bdad7dbf76f62a1
-- 7 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.named DROP CONSTRAINT named_len;

ALTER TABLE public.audited ADD COLUMN updated_at timestamp with time zone;

ALTER TABLE public.special_item ADD COLUMN extra text;

ALTER TABLE public.item ADD CONSTRAINT item_len CHECK (length(name) < 100) NOT VALID;

ALTER TABLE public.named ADD CONSTRAINT named_len CHECK (length(name) < 200) NO INHERIT NOT VALID;

COMMIT;

ALTER TABLE public.item VALIDATE CONSTRAINT item_len;

ALTER TABLE public.named VALIDATE CONSTRAINT named_len;
