-- schemadiff rollback
-- source fingerprint: 32665c06397975c5
-- target fingerprint: 762fd681a7501920
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq;

COMMIT;
