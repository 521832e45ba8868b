-- schemadiff rollback
-- source fingerprint: 72ce384645a87578
-- target fingerprint: 42051c499f1b5cdb
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
