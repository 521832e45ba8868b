-- schemadiff plan
-- source fingerprint: d4fbcbb3ca7b6325
-- target fingerprint: 43784fbd1159e85f
-- 14 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.staff;

ALTER TABLE public.employees ALTER COLUMN name TYPE character varying(120);

ALTER TABLE public.employees ALTER COLUMN salary TYPE numeric(10,2);

ALTER TABLE public.employees ADD COLUMN manager_id integer;

ALTER TABLE public.employees ADD COLUMN title text;

ALTER TABLE public.employees ADD CONSTRAINT employees_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees(id) NOT VALID;

CREATE VIEW public.staff AS
SELECT id, name, dept, title FROM employees;

GRANT UPDATE (title) ON TABLE public.employees TO sd_admin;

GRANT SELECT (title) ON TABLE public.employees TO sd_reader;

GRANT INSERT (dept) ON TABLE public.employees TO sd_writer;

GRANT INSERT (name) ON TABLE public.employees TO sd_writer;

GRANT UPDATE (title) ON TABLE public.employees TO sd_writer;

GRANT SELECT ON TABLE public.staff TO sd_reader;

COMMIT;

ALTER TABLE public.employees VALIDATE CONSTRAINT employees_manager_id_fkey;
