-- schemadiff rollback
-- source fingerprint: c8d4636adbca34fe
-- target fingerprint: a178b12e705774ec
-- 8 statements; hazards: rewrite

BEGIN;

DROP TRIGGER active_customers_del ON public.active_customers;

DROP TRIGGER active_customers_ins ON public.active_customers;

DROP VIEW public.active_customers;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN id TYPE integer USING id::integer;

CREATE VIEW public.active_customers AS
 SELECT customers.id,
    customers.email
   FROM public.customers
  WHERE (customers.deleted_at IS NULL);

CREATE TRIGGER active_customers_del INSTEAD OF DELETE ON public.active_customers FOR EACH ROW EXECUTE FUNCTION public.active_customers_del();

CREATE TRIGGER active_customers_ins INSTEAD OF INSERT ON public.active_customers FOR EACH ROW EXECUTE FUNCTION public.active_customers_ins();

COMMENT ON TRIGGER active_customers_del ON public.active_customers IS 'soft delete';

COMMIT;
