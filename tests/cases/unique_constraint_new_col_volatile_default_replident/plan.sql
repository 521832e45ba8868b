-- schemadiff plan
-- source fingerprint: 106bfcd441630eed
-- target fingerprint: b8955aa29c2856d7
-- 10 statements; hazards: rewrite

SET search_path = public;

BEGIN;

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN name TYPE character varying(100);

-- hazard: rewrite
ALTER TABLE public.items ADD COLUMN uid uuid DEFAULT gen_random_uuid() NOT NULL;

ALTER TABLE ONLY public.items ALTER COLUMN uid SET STATISTICS 0;

CREATE VIEW public.item_names AS
SELECT id, name FROM public.items;

CREATE STATISTICS public.items_name_uid (ndistinct, dependencies, mcv) ON name, uid FROM public.items;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY items_uid_key ON public.items (uid);

ALTER TABLE public.items ADD CONSTRAINT items_uid_key UNIQUE USING INDEX items_uid_key;

ALTER TABLE public.items CLUSTER ON items_uid_key;

ALTER TABLE public.items REPLICA IDENTITY USING INDEX items_uid_key;

COMMENT ON CONSTRAINT items_uid_key ON public.items IS 'public id';
