-- schemadiff plan
-- source fingerprint: 242018f6681f1fad
-- target fingerprint: 5301ec92f3e72435
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2026;

CREATE TABLE public.logs_2026 PARTITION OF public.logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

ALTER TABLE ONLY public.logs_2026 ALTER COLUMN msg SET STATISTICS 55;

COMMIT;
