-- schemadiff rollback
-- source fingerprint: 0742cec097274832
-- target fingerprint: ef545436de9c4ea3
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq;

COMMIT;
