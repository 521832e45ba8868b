CREATE TABLE public.t (tenant int NOT NULL, id int NOT NULL, name text, CONSTRAINT t_pkey PRIMARY KEY (id));
ALTER TABLE public.t CLUSTER ON t_pkey;
ALTER TABLE public.t REPLICA IDENTITY USING INDEX t_pkey;
COMMENT ON CONSTRAINT t_pkey ON public.t IS 'pk';
CREATE TABLE public.u (id int PRIMARY KEY, t_id int);
