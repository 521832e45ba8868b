-- schemadiff plan
-- source fingerprint: 70b74f0fc53106f7
-- target fingerprint: 278bbc93b3bff420
-- 9 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.bins DROP CONSTRAINT bins_warehouse_fkey;

ALTER TABLE public.bins DROP CONSTRAINT bins_used_check;

-- hazard: long-lock
ALTER TABLE public.bins VALIDATE CONSTRAINT bins_capacity_check;

ALTER TABLE public.bins ADD CONSTRAINT bins_used_check CHECK (used <= capacity AND used >= 0) NOT VALID;

ALTER TABLE public.bins ADD CONSTRAINT bins_warehouse_fkey FOREIGN KEY (warehouse_code) REFERENCES public.warehouses(code) ON DELETE CASCADE NOT VALID;

CREATE VIEW public.bin_free AS
SELECT id, capacity - used AS free FROM bins;

COMMIT;

ALTER TABLE public.bins VALIDATE CONSTRAINT bins_used_check;

ALTER TABLE public.bins VALIDATE CONSTRAINT bins_warehouse_fkey;

CREATE INDEX CONCURRENTLY bins_warehouse_code_idx ON public.bins USING btree (warehouse_code);
