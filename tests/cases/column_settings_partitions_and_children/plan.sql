-- schemadiff plan
-- source fingerprint: ffd7ebdca7570c93
-- target fingerprint: e14c513626e41a56
-- 10 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.base ALTER COLUMN payload SET STORAGE MAIN;

ALTER TABLE ONLY public.child ALTER COLUMN id SET (n_distinct=-0.5);

ALTER TABLE ONLY public.child ALTER COLUMN payload SET STORAGE PLAIN;

ALTER TABLE ONLY public.measurements ALTER COLUMN city_id SET STATISTICS 400;

ALTER TABLE ONLY public.measurements ALTER COLUMN reading SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.measurements_2025 ALTER COLUMN city_id SET STATISTICS 400;

ALTER TABLE ONLY public.measurements_2025 ALTER COLUMN reading SET STORAGE EXTERNAL;

CREATE TABLE public.child2 () INHERITS (public.base);

CREATE TABLE public.measurements_2026 PARTITION OF public.measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

ALTER TABLE ONLY public.measurements_2026 ALTER COLUMN logdate SET STATISTICS 100;

COMMIT;
