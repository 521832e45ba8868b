CREATE TABLE public.tickets (id bigint NOT NULL, ref text NOT NULL, body text,
  CONSTRAINT tickets_pkey PRIMARY KEY (id), CONSTRAINT tickets_ref_key UNIQUE (ref));
ALTER TABLE public.tickets REPLICA IDENTITY USING INDEX tickets_pkey;
ALTER TABLE public.tickets CLUSTER ON tickets_ref_key;
