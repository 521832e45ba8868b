-- schemadiff rollback
-- source fingerprint: 6e41799e26eb596d
-- target fingerprint: 3d078fa9d4d75956
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.employees ADD COLUMN fax_number text;

ALTER TABLE public.employees ADD COLUMN legacy_code character varying(12);

ALTER TABLE public.employees ADD COLUMN salary numeric(10,2);

-- hazard: long-lock
ALTER TABLE public.employees ADD CONSTRAINT employees_salary_check CHECK ((salary > (0)::numeric));

-- hazard: long-lock
CREATE INDEX employees_legacy_code_idx ON public.employees USING btree (legacy_code);

COMMIT;
