-- schemadiff plan
-- source fingerprint: 95606dd0a5aff08e
-- target fingerprint: ea27a37f3693261b
-- 2 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.employee_directory;

CREATE VIEW public.employee_directory AS
SELECT id, first_name || ' ' || last_name AS full_name, department
    FROM employees;

COMMIT;
