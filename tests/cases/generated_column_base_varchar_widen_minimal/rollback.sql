-- schemadiff rollback
-- source fingerprint: 664e3855ff722630
-- target fingerprint: cdad04e1e3aa11e2
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.t DROP COLUMN c;

-- hazard: rewrite
ALTER TABLE public.t ALTER COLUMN p TYPE character varying(4);

-- hazard: rewrite
ALTER TABLE public.t ADD COLUMN c text GENERATED ALWAYS AS (((p)::text || 'x'::text)) STORED;

COMMIT;
