-- schemadiff rollback
-- source fingerprint: 5d21482163c45786
-- target fingerprint: e65b72a9a2945e38
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_pkey;

ALTER SEQUENCE public.t_id_seq OWNED BY NONE;

-- hazard: data-loss,irreversible
ALTER TABLE public.t DROP COLUMN ext_id;

ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

-- hazard: irreversible
DROP SEQUENCE public.t_id_seq;

COMMIT;
