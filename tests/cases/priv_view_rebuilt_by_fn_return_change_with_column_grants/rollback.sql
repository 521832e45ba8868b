-- schemadiff rollback
-- source fingerprint: d3f026301c7bf915
-- target fingerprint: ebfdda2d3271b6df
-- 7 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.account_tiers;

DROP FUNCTION public.tier(b numeric);

CREATE OR REPLACE FUNCTION public.tier(b numeric)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE WHEN b > 1000 THEN 2 ELSE 1 END $function$;

CREATE VIEW public.account_tiers AS
 SELECT accounts.id,
    public.tier(accounts.balance) AS tier
   FROM public.accounts;

GRANT SELECT (id) ON TABLE public.account_tiers TO sd_writer;

GRANT EXECUTE ON FUNCTION public.tier(b numeric) TO PUBLIC;

GRANT SELECT ON TABLE public.account_tiers TO sd_reader;

COMMIT;
