-- schemadiff plan
-- source fingerprint: 8e1c79f444f34c8f
-- target fingerprint: 50653cd522eff7af
-- 4 statements; hazards: data-loss,long-lock,irreversible

SET search_path = public;

BEGIN;

ALTER TABLE public.measurements_2024 DROP CONSTRAINT measurements_2024_range;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2024;

CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- hazard: long-lock
ALTER TABLE public.measurements_2024 ADD CONSTRAINT measurements_2024_range CHECK (taken_on >= '2024-01-01' AND taken_on < '2025-01-01');

COMMIT;
