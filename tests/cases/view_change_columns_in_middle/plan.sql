-- schemadiff plan
-- source fingerprint: 1bc9a7263f090a5d
-- target fingerprint: 43e404793e2c4709
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.employee_directory;

CREATE VIEW public.employee_directory AS
SELECT id, first_name || ' ' || last_name AS full_name, department
    FROM employees;

COMMIT;
