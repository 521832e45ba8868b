-- schemadiff rollback
-- source fingerprint: 60c62fabb24b5849
-- target fingerprint: 35f449d5ad278276
-- 9 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.events_2025;

-- hazard: data-loss,irreversible
DROP TABLE public.events;

DROP FUNCTION public.order_count();

CREATE OR REPLACE VIEW public.order_totals AS
 SELECT orders.id,
    orders.total,
    orders.note
   FROM public.orders;

CREATE OR REPLACE FUNCTION public.order_count()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT count(*)::integer FROM orders$function$;

GRANT EXECUTE ON FUNCTION public.order_count() TO sd_reader;

REVOKE ALL ON FUNCTION public.order_count() FROM PUBLIC;

CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    payload text
);

GRANT SELECT ON TABLE public.events TO sd_reader;

COMMIT;
