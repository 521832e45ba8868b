-- schemadiff plan
-- source fingerprint: 35f449d5ad278276
-- target fingerprint: 60c62fabb24b5849
-- 11 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.order_totals;

-- hazard: data-loss,irreversible
DROP TABLE public.events;

DROP FUNCTION public.order_count();

CREATE OR REPLACE FUNCTION public.order_count()
 RETURNS bigint
 LANGUAGE sql
AS $function$SELECT count(*) FROM orders$function$;

GRANT EXECUTE ON FUNCTION public.order_count() TO sd_reader;

REVOKE ALL ON FUNCTION public.order_count() FROM PUBLIC;

CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    payload text
) PARTITION BY RANGE (at);

GRANT SELECT ON TABLE public.events TO sd_reader;

CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE VIEW public.order_totals AS
SELECT id, total FROM orders;

GRANT SELECT ON TABLE public.order_totals TO sd_reader;

COMMIT;
