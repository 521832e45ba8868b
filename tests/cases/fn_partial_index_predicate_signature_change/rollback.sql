-- schemadiff rollback
-- source fingerprint: abbba064103acae7
-- target fingerprint: 8fec972d3af59416
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.tasks_active_assignee;

DROP FUNCTION public.is_active(status text, include_pending boolean);

DROP TYPE public.task_status;

CREATE OR REPLACE FUNCTION public.is_active(status text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT status IN ('open', 'pending') $function$;

COMMIT;

CREATE INDEX CONCURRENTLY tasks_active_assignee ON public.tasks USING btree (assignee) WHERE public.is_active(status);
