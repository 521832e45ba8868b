-- schemadiff plan
-- source fingerprint: 635f9c1587112b90
-- target fingerprint: b0de6a56cbd943a2
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.sp_1_1;

-- hazard: data-loss,irreversible
DROP TABLE public.sp_1;

-- hazard: data-loss,irreversible
DROP TABLE public.sp;

CREATE TABLE public.sp (
    a integer NOT NULL,
    b bigint NOT NULL
) PARTITION BY RANGE (a);

CREATE TABLE public.sp_1 PARTITION OF public.sp FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b);

CREATE TABLE public.sp_1_1 PARTITION OF public.sp_1 FOR VALUES IN ('1');

COMMIT;
