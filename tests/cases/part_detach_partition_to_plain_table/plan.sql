-- schemadiff plan
-- source fingerprint: c24ab1d36018a162
-- target fingerprint: e588b1357d96dfef
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2023;

CREATE TABLE public.logs_2023 (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    line text NOT NULL
);

COMMIT;
