-- schemadiff plan
-- source fingerprint: 3d078fa9d4d75956
-- target fingerprint: 6e41799e26eb596d
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.employees_legacy_code_idx;

ALTER TABLE public.employees DROP CONSTRAINT employees_salary_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN fax_number;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN legacy_code;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN salary;

COMMIT;
