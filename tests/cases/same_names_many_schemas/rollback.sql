-- schemadiff rollback
-- source fingerprint: eed1ec13899c1205
-- target fingerprint: f0d69ec1f9de70fb
-- 13 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW b.v;

DROP VIEW public.v;

DROP INDEX a.items_idx;

DROP INDEX b.items_idx;

DROP INDEX public.items_idx;

ALTER TABLE b.items DROP CONSTRAINT items_ref_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE b.items DROP COLUMN ref;

-- hazard: data-loss,irreversible
ALTER TABLE b.items DROP COLUMN s;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN note;

DROP FUNCTION public.f();

DROP TYPE b.status;

CREATE OR REPLACE FUNCTION b.f()
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT 2$function$;

CREATE VIEW b.v AS
 SELECT items.id
   FROM b.items;

COMMIT;
