-- schemadiff rollback
-- source fingerprint: 8cfea9772964c83e
-- target fingerprint: ee1b0d7317469c89
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.items_gross_idx;

ALTER TABLE public.items DROP CONSTRAINT items_price_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN gross;

DROP FUNCTION public.add_tax(p numeric);

DROP FUNCTION public.is_positive(n numeric);

DROP FUNCTION public.item_value(i public.items);

COMMIT;
