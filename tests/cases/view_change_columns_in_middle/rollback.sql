-- schemadiff rollback
-- source fingerprint: 2e80e08cdea693fb
-- target fingerprint: 4172ef0dd7d728f5
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
