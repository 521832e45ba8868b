-- schemadiff rollback
-- source fingerprint: 5301ec92f3e72435
-- target fingerprint: 242018f6681f1fad
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2026;

CREATE TABLE public.logs_2026 (
    ts date NOT NULL,
    msg text
);

ALTER TABLE ONLY public.logs_2026 ALTER COLUMN msg SET STATISTICS 55;

COMMIT;
