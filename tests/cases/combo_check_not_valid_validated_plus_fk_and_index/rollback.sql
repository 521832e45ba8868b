-- schemadiff rollback
-- source fingerprint: 278bbc93b3bff420
-- target fingerprint: 70b74f0fc53106f7
-- 8 statements; hazards: none

BEGIN;

DROP VIEW public.bin_free;

DROP INDEX public.bins_warehouse_code_idx;

ALTER TABLE public.bins DROP CONSTRAINT bins_warehouse_fkey;

ALTER TABLE public.bins DROP CONSTRAINT bins_capacity_check;

ALTER TABLE public.bins DROP CONSTRAINT bins_used_check;

ALTER TABLE public.bins ADD CONSTRAINT bins_capacity_check CHECK ((capacity > 0)) NOT VALID;

ALTER TABLE public.bins ADD CONSTRAINT bins_used_check CHECK ((used <= capacity)) NOT VALID;

ALTER TABLE public.bins ADD CONSTRAINT bins_warehouse_fkey FOREIGN KEY (warehouse_code) REFERENCES public.warehouses(code) NOT VALID;

COMMIT;
