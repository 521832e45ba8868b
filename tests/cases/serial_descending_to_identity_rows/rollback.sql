-- schemadiff rollback
-- source fingerprint: 24d168733832a0e8
-- target fingerprint: 94172f528c757dae
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.ledger ALTER COLUMN id DROP IDENTITY;

CREATE SEQUENCE public.ledger_id_seq AS integer START WITH -1 INCREMENT BY -1 MINVALUE -2147483648 MAXVALUE -1 CACHE 1 NO CYCLE;

ALTER TABLE public.ledger ALTER COLUMN id SET DEFAULT nextval('public.ledger_id_seq'::regclass);

SELECT pg_catalog.setval('public.ledger_id_seq', existing.last) FROM (SELECT pg_catalog.min(id) AS last FROM public.ledger) AS existing WHERE existing.last <= -1;

ALTER SEQUENCE public.ledger_id_seq OWNED BY public.ledger.id;

COMMIT;
