-- schemadiff plan
-- source fingerprint: 4afd0a986c163878
-- target fingerprint: f0ff5d11f9993102
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.invoices_2025;

-- hazard: data-loss,irreversible
DROP TABLE public.invoices;

CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    issued_on date NOT NULL,
    amount numeric NOT NULL
) PARTITION BY RANGE (issued_on);

CREATE TABLE public.invoices_2025 PARTITION OF billing.invoices FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id, issued_on);

COMMIT;
