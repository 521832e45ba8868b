-- schemadiff plan
-- source fingerprint: 42051c499f1b5cdb
-- target fingerprint: 72ce384645a87578
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
