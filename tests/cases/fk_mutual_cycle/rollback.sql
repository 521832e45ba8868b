-- schemadiff rollback
-- source fingerprint: 4adeeff884b380a6
-- target fingerprint: 69a64c7504d51681
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fkey;

ALTER TABLE public.staff DROP CONSTRAINT staff_department_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.departments;

-- hazard: data-loss,irreversible
DROP TABLE public.staff;

COMMIT;
