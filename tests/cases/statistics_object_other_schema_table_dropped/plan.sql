-- schemadiff plan
-- source fingerprint: ad9b3de23332800b
-- target fingerprint: adbbb6f1c634315d
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS analytics.events_kind_source;

-- hazard: data-loss,irreversible
DROP TABLE public.legacy_events;

DROP SCHEMA analytics;

CREATE STATISTICS public.events_kind_source (ndistinct, dependencies, mcv) ON kind, source FROM public.events;

COMMIT;
