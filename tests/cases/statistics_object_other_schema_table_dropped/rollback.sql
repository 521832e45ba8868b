-- schemadiff rollback
-- source fingerprint: adbbb6f1c634315d
-- target fingerprint: ad9b3de23332800b
-- 6 statements; hazards: none

BEGIN;

DROP STATISTICS public.events_kind_source;

CREATE SCHEMA analytics;

CREATE TABLE public.legacy_events (
    id integer,
    kind text,
    source text
);

CREATE STATISTICS analytics.events_kind_source (ndistinct, dependencies, mcv) ON kind, source FROM public.events;

COMMENT ON STATISTICS analytics.events_kind_source IS 'old comment';

CREATE STATISTICS analytics.legacy_kind_source (ndistinct, dependencies, mcv) ON kind, source FROM public.legacy_events;

COMMIT;
