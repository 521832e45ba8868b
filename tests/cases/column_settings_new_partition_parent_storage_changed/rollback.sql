-- schemadiff rollback
-- source fingerprint: f3b9ed953a1aa138
-- target fingerprint: 5c8509fb3b138830
-- 7 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.child;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2026;

ALTER TABLE ONLY public.base ALTER COLUMN body SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.logs ALTER COLUMN ctx SET COMPRESSION pglz;

ALTER TABLE ONLY public.logs ALTER COLUMN msg SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN msg SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.logs_2025 ALTER COLUMN ctx SET COMPRESSION pglz;

COMMIT;
