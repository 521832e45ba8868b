-- schemadiff plan
-- source fingerprint: 9585cbf132f289b1
-- target fingerprint: 974a5ec2b2ec5386
-- 12 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP POLICY documents_read ON public.documents;

ALTER TABLE public.documents DROP CONSTRAINT documents_owner_check;

DROP FUNCTION public.can_see(p_owner integer);

DROP FUNCTION public.valid_owner(p integer);

-- hazard: rewrite
ALTER TABLE public.documents ALTER COLUMN owner_id TYPE bigint USING owner_id::bigint;

CREATE OR REPLACE FUNCTION public.can_see(p_owner bigint)
 RETURNS boolean
 LANGUAGE sql
 STABLE
AS $function$ SELECT p_owner = coalesce(nullif(current_setting('app.uid', true), ''), '0')::bigint OR p_owner = 0 $function$;

CREATE OR REPLACE FUNCTION public.valid_owner(p bigint)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT p >= 0 $function$;

ALTER TABLE public.documents ADD CONSTRAINT documents_owner_check CHECK (valid_owner(owner_id)) NOT VALID;

CREATE POLICY documents_read ON public.documents AS PERMISSIVE FOR SELECT TO PUBLIC USING (can_see(owner_id));

CREATE POLICY documents_write ON public.documents AS PERMISSIVE FOR UPDATE TO PUBLIC USING (can_see(owner_id)) WITH CHECK (valid_owner(owner_id));

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_owner_check;

CREATE INDEX CONCURRENTLY documents_owner_idx ON public.documents USING btree (owner_id) WHERE valid_owner(owner_id);
