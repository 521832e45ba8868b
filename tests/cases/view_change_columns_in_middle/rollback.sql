-- schemadiff rollback
-- source fingerprint: ea27a37f3693261b
-- target fingerprint: 95606dd0a5aff08e
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.employee_directory;

CREATE VIEW public.employee_directory AS
 SELECT employees.id,
    employees.first_name,
    employees.last_name,
    employees.department
   FROM public.employees;

COMMIT;
