-- schemadiff rollback
-- source fingerprint: e9e8ee2a13e8b10a
-- target fingerprint: 16d9e937ed1ba428
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq;

COMMIT;
