-- schemadiff rollback
-- source fingerprint: 92594badfa28395d
-- target fingerprint: 3135b7c61bc2eb75
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.audit;

-- hazard: data-loss,irreversible
DROP TABLE public.events_2026;

ALTER TABLE public.events_2025 RESET (fillfactor);

ALTER TABLE public.sessions RESET (autovacuum_vacuum_scale_factor, autovacuum_analyze_threshold);

ALTER TABLE public.sessions SET (fillfactor=90, autovacuum_enabled=false);

COMMIT;
