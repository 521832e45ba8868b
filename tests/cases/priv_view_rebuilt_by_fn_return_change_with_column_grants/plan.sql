-- schemadiff plan
-- source fingerprint: ebfdda2d3271b6df
-- target fingerprint: d3f026301c7bf915
-- 9 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.account_tiers;

DROP FUNCTION public.tier(b numeric);

CREATE OR REPLACE FUNCTION public.tier(b numeric)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE WHEN b > 1000 THEN 'gold' ELSE 'basic' END $function$;

REVOKE ALL ON FUNCTION public.tier(b numeric) FROM PUBLIC;

CREATE VIEW public.account_tiers AS
SELECT id, tier(balance) AS tier FROM accounts;

GRANT SELECT (id) ON TABLE public.account_tiers TO sd_writer;

GRANT SELECT (tier) ON TABLE public.account_tiers TO sd_writer;

GRANT EXECUTE ON FUNCTION public.tier(b numeric) TO sd_reader;

GRANT SELECT ON TABLE public.account_tiers TO sd_reader;

COMMIT;
