-- schemadiff rollback
-- source fingerprint: ac4348b2686f772a
-- target fingerprint: a4942f99e36a297b
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq;

COMMIT;
