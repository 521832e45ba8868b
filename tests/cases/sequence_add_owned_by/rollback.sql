-- schemadiff rollback
-- source fingerprint: 087c3788e0c5e1b8
-- target fingerprint: f6cf63b1decc0d7b
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq;

COMMIT;
