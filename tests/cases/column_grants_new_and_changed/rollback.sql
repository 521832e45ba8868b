-- schemadiff rollback
-- source fingerprint: 43784fbd1159e85f
-- target fingerprint: d4fbcbb3ca7b6325
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

REVOKE INSERT (dept) ON TABLE public.employees FROM sd_writer;

REVOKE INSERT (name) ON TABLE public.employees FROM sd_writer;

DROP VIEW public.staff;

ALTER TABLE public.employees DROP CONSTRAINT employees_manager_id_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN manager_id;

-- hazard: data-loss,irreversible
ALTER TABLE public.employees DROP COLUMN title;

-- hazard: rewrite
ALTER TABLE public.employees ALTER COLUMN name TYPE character varying(50);

-- hazard: rewrite
ALTER TABLE public.employees ALTER COLUMN salary TYPE numeric(8,2);

CREATE VIEW public.staff AS
 SELECT employees.id,
    employees.name,
    employees.dept
   FROM public.employees;

GRANT SELECT ON TABLE public.staff TO sd_reader;

COMMIT;
