-- schemadiff rollback
-- source fingerprint: 974a5ec2b2ec5386
-- target fingerprint: 9585cbf132f289b1
-- 12 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP POLICY documents_read ON public.documents;

DROP POLICY documents_write ON public.documents;

DROP INDEX public.documents_owner_idx;

ALTER TABLE public.documents DROP CONSTRAINT documents_owner_check;

DROP FUNCTION public.can_see(p_owner bigint);

DROP FUNCTION public.valid_owner(p bigint);

-- hazard: rewrite
ALTER TABLE public.documents ALTER COLUMN owner_id TYPE integer USING owner_id::integer;

CREATE OR REPLACE FUNCTION public.can_see(p_owner integer)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT p_owner = coalesce(nullif(current_setting('app.uid', true), ''), '0')::integer OR p_owner = 0 $function$;

CREATE OR REPLACE FUNCTION public.valid_owner(p integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT p >= 0 $function$;

ALTER TABLE public.documents ADD CONSTRAINT documents_owner_check CHECK (public.valid_owner(owner_id)) NOT VALID;

CREATE POLICY documents_read ON public.documents AS PERMISSIVE FOR SELECT TO PUBLIC USING (public.can_see(owner_id));

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_owner_check;
