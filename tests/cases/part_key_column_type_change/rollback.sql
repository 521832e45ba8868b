-- schemadiff rollback
-- source fingerprint: c66e5f75eca03d68
-- target fingerprint: 8896d28c898d9053
-- 6 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.pk_1;

-- hazard: data-loss,irreversible
DROP TABLE public.pk_2;

-- hazard: data-loss,irreversible
DROP TABLE public.pk;

CREATE TABLE public.pk (
    id integer NOT NULL,
    bucket integer NOT NULL,
    v text
) PARTITION BY LIST (bucket);

CREATE TABLE public.pk_1 PARTITION OF public.pk FOR VALUES IN (1);

CREATE TABLE public.pk_2 PARTITION OF public.pk FOR VALUES IN (2);

COMMIT;
