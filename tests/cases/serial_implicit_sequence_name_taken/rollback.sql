-- schemadiff rollback
-- source fingerprint: 84d3f4846be02b05
-- target fingerprint: f4f4192603e16f6d
-- 3 statements; hazards: irreversible

BEGIN;

ALTER SEQUENCE public.tickets_id_seq1 OWNED BY NONE;

ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.tickets_id_seq1;

COMMIT;
