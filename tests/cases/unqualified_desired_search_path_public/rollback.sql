-- schemadiff rollback
-- source fingerprint: c347a717480cd3ff
-- target fingerprint: 38cbbe9098589c9c
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TABLE public.items IS NULL;

DROP VIEW public.priced;

DROP INDEX public.items_label_idx;

-- hazard: data-loss,irreversible
ALTER TABLE app.items DROP COLUMN k;

-- hazard: data-loss,irreversible
ALTER TABLE app.items DROP COLUMN p;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN label;

DROP DOMAIN public.posint;

DROP TYPE public.kind;

COMMIT;
