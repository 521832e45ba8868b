-- schemadiff rollback
-- source fingerprint: 1e264cb98eb3e69b
-- target fingerprint: 551b098690484daa
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.departments DROP CONSTRAINT departments_manager_fkey;

ALTER TABLE public.staff DROP CONSTRAINT staff_department_fkey;

-- hazard: data-loss,irreversible
DROP TABLE public.departments;

-- hazard: data-loss,irreversible
DROP TABLE public.staff;

COMMIT;
