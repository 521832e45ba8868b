-- schemadiff plan
-- source fingerprint: 4172ef0dd7d728f5
-- target fingerprint: 2e80e08cdea693fb
-- 2 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.employee_directory;

CREATE VIEW public.employee_directory AS
SELECT id, first_name || ' ' || last_name AS full_name, department
    FROM employees;

COMMIT;
