-- schemadiff plan
-- source fingerprint: 16e17b9ea1eb971c
-- target fingerprint: 66dd52e83938e30c
-- 8 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.t DROP CONSTRAINT t_pkey;

ALTER TABLE public.u ADD COLUMN t_tenant integer DEFAULT 1 NOT NULL;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (tenant, id);

ALTER TABLE public.t CLUSTER ON t_pkey;

ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey;

ALTER TABLE public.u ADD CONSTRAINT u_t_fk FOREIGN KEY (t_tenant, t_id) REFERENCES public.t(tenant, id) NOT VALID;

COMMENT ON CONSTRAINT t_pkey ON public.t IS 'pk v2';

COMMIT;

ALTER TABLE public.u VALIDATE CONSTRAINT u_t_fk;
