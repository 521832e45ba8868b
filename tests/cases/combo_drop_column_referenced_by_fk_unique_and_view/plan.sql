-- schemadiff plan
-- source fingerprint: 189ea191deef0b24
-- target fingerprint: 5a30bc4c2ebb2eae
-- 8 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

ALTER TABLE public.door_logs DROP CONSTRAINT door_logs_badge_fkey;

ALTER TABLE public.employees DROP CONSTRAINT employees_badge_key;

CREATE OR REPLACE VIEW public.door_names AS
SELECT d.id, e.name FROM door_logs d JOIN employees e ON e.id = d.employee_id;

-- hazard: data-loss,irreversible
ALTER TABLE public.door_logs DROP COLUMN badge;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN badge;

ALTER TABLE public.door_logs ADD CONSTRAINT door_logs_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.employees(id) NOT VALID;

COMMIT;

ALTER TABLE public.door_logs VALIDATE CONSTRAINT door_logs_employee_id_fkey;

CREATE INDEX CONCURRENTLY door_logs_employee_idx ON public.door_logs USING btree (employee_id);
