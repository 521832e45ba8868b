-- schemadiff rollback
-- source fingerprint: 850498c254a0a286
-- target fingerprint: dff7ef7e64545858
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fkey;

ALTER TABLE public.staff DROP CONSTRAINT staff_department_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.departments;

-- hazard: data-loss,irreversible
DROP TABLE public.staff;

COMMIT;
