-- schemadiff rollback
-- source fingerprint: 72ce384645a87578
-- target fingerprint: 42051c499f1b5cdb
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.employees ADD COLUMN fax_number text;

ALTER TABLE public.employees ADD COLUMN legacy_code character varying(12);

ALTER TABLE public.employees ADD COLUMN salary numeric(10,2);

ALTER TABLE public.employees ADD CONSTRAINT employees_salary_check CHECK ((salary > (0)::numeric)) NOT VALID;

COMMIT;

ALTER TABLE public.employees VALIDATE CONSTRAINT employees_salary_check;

CREATE INDEX CONCURRENTLY employees_legacy_code_idx ON public.employees USING btree (legacy_code);
