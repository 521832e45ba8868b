-- schemadiff plan
-- source fingerprint: e0d2197f39a9d0e4
-- target fingerprint: 95f18c5f760bcbae
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
