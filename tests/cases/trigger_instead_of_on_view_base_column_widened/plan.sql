-- schemadiff plan
-- source fingerprint: a178b12e705774ec
-- target fingerprint: c8d4636adbca34fe
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP TRIGGER active_customers_del ON public.active_customers;

DROP TRIGGER active_customers_ins ON public.active_customers;

DROP VIEW public.active_customers;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN id TYPE bigint USING id::bigint;

CREATE VIEW public.active_customers AS
SELECT id, email FROM customers WHERE deleted_at IS NULL;

CREATE TRIGGER active_customers_del INSTEAD OF DELETE ON public.active_customers FOR EACH ROW EXECUTE FUNCTION public.active_customers_del();

CREATE TRIGGER active_customers_ins INSTEAD OF INSERT ON public.active_customers FOR EACH ROW EXECUTE FUNCTION public.active_customers_ins();

COMMENT ON TRIGGER active_customers_del ON public.active_customers IS 'soft delete';

COMMIT;
