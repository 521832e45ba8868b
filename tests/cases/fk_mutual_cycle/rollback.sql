-- schemadiff rollback
-- source fingerprint: c40235472eb68fea
-- target fingerprint: 8e05cc1b19feee34
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fkey;

ALTER TABLE public.staff DROP CONSTRAINT staff_department_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.departments;

-- hazard: data-loss,irreversible
DROP TABLE public.staff;

COMMIT;
