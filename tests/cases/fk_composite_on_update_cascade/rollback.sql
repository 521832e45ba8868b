-- schemadiff rollback
-- source fingerprint: 0bbacf6bd8502410
-- target fingerprint: 64cb8f5b3a0ba482
-- 7 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.bins DROP CONSTRAINT bins_company_id_warehouse_code_fkey;

ALTER TABLE public.warehouses DROP CONSTRAINT warehouses_company_code_key;

ALTER TABLE public.warehouses DROP CONSTRAINT warehouses_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.warehouses DROP COLUMN id;

-- hazard: long-lock
ALTER TABLE public.warehouses ADD CONSTRAINT warehouses_pkey PRIMARY KEY (company_id, code);

ALTER TABLE public.bins ADD CONSTRAINT bins_company_id_warehouse_code_fkey FOREIGN KEY (company_id, warehouse_code) REFERENCES public.warehouses(company_id, code) NOT VALID;

COMMIT;

ALTER TABLE public.bins VALIDATE CONSTRAINT bins_company_id_warehouse_code_fkey;
