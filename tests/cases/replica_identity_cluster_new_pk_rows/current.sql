CREATE TABLE public.tickets (id bigint NOT NULL, ref text NOT NULL, body text);
CREATE UNIQUE INDEX tickets_ref ON public.tickets (ref);
ALTER TABLE public.tickets REPLICA IDENTITY USING INDEX tickets_ref;
ALTER TABLE public.tickets CLUSTER ON tickets_ref;
