-- schemadiff rollback
-- source fingerprint: 3aafc3a4e009cd0b
-- target fingerprint: 72317cc3ca9c8722
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.ticket_archive DROP CONSTRAINT ticket_archive_archived_from_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.ticket_archive DROP COLUMN archived_from;

ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.ticket_seq'::regclass);

SELECT pg_catalog.setval('public.ticket_seq', existing.last) FROM (SELECT pg_catalog.max(id) AS last FROM public.tickets) AS existing WHERE existing.last > (SELECT last_value FROM public.ticket_seq);

ALTER SEQUENCE public.ticket_seq OWNED BY public.tickets.id;

COMMIT;
