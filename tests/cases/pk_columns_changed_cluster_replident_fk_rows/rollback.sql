-- schemadiff rollback
-- source fingerprint: 66dd52e83938e30c
-- target fingerprint: 16e17b9ea1eb971c
-- 7 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.u DROP CONSTRAINT u_t_fk;

ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- hazard: data-loss,irreversible
ALTER TABLE public.u DROP COLUMN t_tenant;

-- hazard: long-lock
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

ALTER TABLE public.t CLUSTER ON t_pkey;

ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey;

COMMENT ON CONSTRAINT t_pkey ON public.t IS 'pk';

COMMIT;
