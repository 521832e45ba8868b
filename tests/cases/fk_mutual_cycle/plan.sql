-- schemadiff plan
-- source fingerprint: c7a06cd0da8c465f
-- target fingerprint: 29e52b7b0a0d81a2
-- 6 statements; hazards: none

BEGIN;

CREATE TABLE public.departments (
    id integer NOT NULL,
    name text NOT NULL,
    manager_id integer
);

CREATE TABLE public.staff (
    id integer NOT NULL,
    name text NOT NULL,
    department_id integer NOT NULL
);

ALTER TABLE public.departments ADD CONSTRAINT departments_pkey PRIMARY KEY (id);

ALTER TABLE public.staff ADD CONSTRAINT staff_pkey PRIMARY KEY (id);

ALTER TABLE public.departments ADD CONSTRAINT departments_manager_fkey FOREIGN KEY (manager_id) REFERENCES public.staff(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE public.staff ADD CONSTRAINT staff_department_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
