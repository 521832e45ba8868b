CREATE SCHEMA analytics;
CREATE TABLE public.legacy_events (id int, kind text, source text);
CREATE STATISTICS analytics.legacy_kind_source ON kind, source FROM public.legacy_events;
CREATE TABLE public.events (id int, kind text, source text);
CREATE STATISTICS analytics.events_kind_source ON kind, source FROM public.events;
COMMENT ON STATISTICS analytics.events_kind_source IS 'old comment';
