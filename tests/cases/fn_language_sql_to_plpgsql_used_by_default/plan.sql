-- schemadiff plan
-- source fingerprint: e3f977eb07fbc6e6
-- target fingerprint: a29a1f71d68b759e
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.next_invoice_no()
 RETURNS text
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN 'INV-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('invoice_seq')::text, 6, '0'); END $function$;

COMMIT;
