-- schemadiff rollback
-- source fingerprint: 29e52b7b0a0d81a2
-- target fingerprint: c7a06cd0da8c465f
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fkey;

ALTER TABLE public.staff DROP CONSTRAINT staff_department_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.departments;

-- hazard: data-loss,irreversible
DROP TABLE public.staff;

COMMIT;
