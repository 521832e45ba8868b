-- schemadiff plan
-- source fingerprint: 3135b7c61bc2eb75
-- target fingerprint: 92594badfa28395d
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.events_2025 SET (fillfactor=80);

ALTER TABLE public.sessions RESET (autovacuum_enabled);

ALTER TABLE public.sessions SET (fillfactor=70, autovacuum_vacuum_scale_factor=0.01, autovacuum_analyze_threshold=500);

CREATE TABLE public.audit (
    id bigint NOT NULL,
    note text
) WITH (fillfactor=100, autovacuum_enabled=off);

CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') WITH (autovacuum_vacuum_insert_threshold=10000);

ALTER TABLE public.audit ADD CONSTRAINT audit_pkey PRIMARY KEY (id);

COMMIT;
