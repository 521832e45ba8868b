-- schemadiff rollback
-- source fingerprint: 50653cd522eff7af
-- target fingerprint: 8e1c79f444f34c8f
-- 4 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

ALTER TABLE public.measurements_2024 DROP CONSTRAINT measurements_2024_range;

-- hazard: data-loss,irreversible
DROP TABLE public.measurements_2024;

CREATE TABLE public.measurements_2024 (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value numeric NOT NULL
);

-- hazard: long-lock
ALTER TABLE public.measurements_2024 ADD CONSTRAINT measurements_2024_range CHECK (((taken_on >= '2024-01-01'::date) AND (taken_on < '2025-01-01'::date)));

COMMIT;
