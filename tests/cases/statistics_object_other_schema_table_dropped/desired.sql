CREATE TABLE public.events (id int, kind text, source text);
CREATE STATISTICS public.events_kind_source ON kind, source FROM public.events;
