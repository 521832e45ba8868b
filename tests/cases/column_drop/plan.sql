-- schemadiff plan
-- source fingerprint: 2621c89c091b39be
-- target fingerprint: b913cbda5925550d
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
