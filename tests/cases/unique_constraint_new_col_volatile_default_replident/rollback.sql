-- schemadiff rollback
-- source fingerprint: b8955aa29c2856d7
-- target fingerprint: 106bfcd441630eed
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.items_name_uid;

DROP VIEW public.item_names;

ALTER TABLE public.items DROP CONSTRAINT items_uid_key;

ALTER TABLE public.items REPLICA IDENTITY DEFAULT;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN uid;

ALTER TABLE public.items ALTER COLUMN name TYPE text USING name::text;

COMMIT;
