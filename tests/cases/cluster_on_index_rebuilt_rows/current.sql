CREATE TABLE public.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, kind text);
CREATE INDEX events_created ON public.events (created_at);
ALTER TABLE public.events CLUSTER ON events_created;
