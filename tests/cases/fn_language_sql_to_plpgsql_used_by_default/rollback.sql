-- schemadiff rollback
-- source fingerprint: a29a1f71d68b759e
-- target fingerprint: e3f977eb07fbc6e6
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.next_invoice_no()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'INV-' || lpad(nextval('invoice_seq')::text, 6, '0') $function$;

COMMIT;
