-- schemadiff rollback
-- source fingerprint: 5b535ebe1d583b91
-- target fingerprint: b38593e976580d2d
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
