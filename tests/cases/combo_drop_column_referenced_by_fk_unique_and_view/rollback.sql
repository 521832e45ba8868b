-- schemadiff rollback
-- source fingerprint: 5a30bc4c2ebb2eae
-- target fingerprint: 189ea191deef0b24
-- 8 statements; hazards: long-lock

BEGIN;

DROP INDEX public.door_logs_employee_idx;

ALTER TABLE public.door_logs DROP CONSTRAINT door_logs_employee_id_fkey;

ALTER TABLE public.door_logs ADD COLUMN badge text;

ALTER TABLE public.employees ADD COLUMN badge text;

CREATE OR REPLACE VIEW public.door_names AS
 SELECT d.id,
    e.name
   FROM (public.door_logs d
     JOIN public.employees e ON ((e.badge = d.badge)));

-- hazard: long-lock
ALTER TABLE public.employees ADD CONSTRAINT employees_badge_key UNIQUE (badge);

ALTER TABLE public.door_logs ADD CONSTRAINT door_logs_badge_fkey FOREIGN KEY (badge) REFERENCES public.employees(badge) NOT VALID;

COMMIT;

ALTER TABLE public.door_logs VALIDATE CONSTRAINT door_logs_badge_fkey;
