-- schemadiff rollback
-- source fingerprint: 43e404793e2c4709
-- target fingerprint: 1bc9a7263f090a5d
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
