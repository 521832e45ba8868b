-- schemadiff plan
-- source fingerprint: 8fec972d3af59416
-- target fingerprint: abbba064103acae7
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.tasks_active_assignee;

DROP FUNCTION public.is_active(status text);

CREATE TYPE public.task_status AS ENUM ('open', 'pending', 'done');

CREATE OR REPLACE FUNCTION public.is_active(status text, include_pending boolean DEFAULT true)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT status = 'open' OR (include_pending AND status = 'pending') $function$;

COMMIT;

CREATE INDEX CONCURRENTLY tasks_active_assignee ON public.tasks USING btree (assignee) WHERE is_active(status);
