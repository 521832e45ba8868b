-- schemadiff rollback
-- source fingerprint: e14c513626e41a56
-- target fingerprint: ffd7ebdca7570c93
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.child2;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2026;

ALTER TABLE ONLY public.base ALTER COLUMN payload SET STORAGE EXTENDED;

ALTER TABLE ONLY public.child ALTER COLUMN id RESET (n_distinct);

ALTER TABLE ONLY public.child ALTER COLUMN payload SET STORAGE EXTENDED;

ALTER TABLE ONLY public.measurements ALTER COLUMN city_id SET STATISTICS -1;

ALTER TABLE ONLY public.measurements ALTER COLUMN reading SET STORAGE EXTENDED;

ALTER TABLE ONLY public.measurements_2025 ALTER COLUMN city_id SET STATISTICS -1;

ALTER TABLE ONLY public.measurements_2025 ALTER COLUMN reading SET STORAGE EXTENDED;

COMMIT;
