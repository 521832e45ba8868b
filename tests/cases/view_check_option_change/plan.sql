-- schemadiff plan
-- source fingerprint: a6563e6065d58b7b
-- target fingerprint: 009692d41f002f3f
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE VIEW public.open_tasks WITH (check_option=local) AS
 SELECT tasks.id,
    tasks.title,
    tasks.priority,
    tasks.done
   FROM public.tasks
  WHERE (NOT tasks.done);

CREATE OR REPLACE VIEW public.urgent_open_tasks WITH (security_invoker=true, check_option=cascaded) AS
 SELECT open_tasks.id,
    open_tasks.title,
    open_tasks.priority,
    open_tasks.done
   FROM public.open_tasks
  WHERE (open_tasks.priority >= 5);

COMMIT;
