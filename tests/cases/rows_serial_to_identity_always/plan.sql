-- schemadiff plan
-- source fingerprint: 9c0690cee85e5bd8
-- target fingerprint: 6d9ba30a7efab8e2
-- 5 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.events_id_seq OWNED BY NONE;

ALTER TABLE public.events ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.events_id_seq;

ALTER TABLE public.events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.events_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE);

SELECT pg_catalog.setval('public.events_id_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.events) AS existing WHERE existing.last >= 1;

COMMIT;
