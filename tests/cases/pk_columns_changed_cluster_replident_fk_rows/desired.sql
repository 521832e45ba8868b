CREATE TABLE public.t (tenant int NOT NULL, id int NOT NULL, name text, CONSTRAINT t_pkey PRIMARY KEY (tenant, id));
ALTER TABLE public.t CLUSTER ON t_pkey;
ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey;
COMMENT ON CONSTRAINT t_pkey ON public.t IS 'pk v2';
CREATE TABLE public.u (id int PRIMARY KEY, t_id int, t_tenant int NOT NULL DEFAULT 1);
ALTER TABLE public.u ADD CONSTRAINT u_t_fk FOREIGN KEY (t_tenant, t_id) REFERENCES public.t (tenant, id);
