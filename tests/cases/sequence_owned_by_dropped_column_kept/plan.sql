-- schemadiff plan
-- source fingerprint: 3bab74ad8701c14b
-- target fingerprint: 25fa7940b8a830fd
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

ALTER SEQUENCE public.tickets_legacy_no_seq OWNED BY NONE;

-- hazard: data-loss,irreversible
ALTER TABLE public.tickets DROP COLUMN legacy_no;

-- hazard: rewrite
ALTER TABLE public.tickets ADD COLUMN ref_no integer DEFAULT nextval('public.tickets_legacy_no_seq'::regclass) NOT NULL;

COMMIT;
