-- schemadiff plan
-- source fingerprint: 5c8509fb3b138830
-- target fingerprint: f3b9ed953a1aa138
-- 7 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.base ALTER COLUMN body SET STORAGE MAIN;

ALTER TABLE ONLY public.logs ALTER COLUMN ctx SET COMPRESSION default;

ALTER TABLE ONLY public.logs ALTER COLUMN msg SET STORAGE MAIN;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN msg SET STORAGE MAIN;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN ctx SET COMPRESSION default;

CREATE TABLE public.child () INHERITS (public.base);

CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

COMMIT;
