-- schemadiff rollback
-- source fingerprint: 25fa7940b8a830fd
-- target fingerprint: 3bab74ad8701c14b
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.tickets DROP COLUMN ref_no;

-- hazard: rewrite
ALTER TABLE public.tickets ADD COLUMN legacy_no integer DEFAULT nextval('public.tickets_legacy_no_seq'::regclass) NOT NULL;

ALTER SEQUENCE public.tickets_legacy_no_seq OWNED BY public.tickets.legacy_no;

COMMIT;
