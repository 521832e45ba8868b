-- schemadiff plan
-- source fingerprint: 50de3405d6b523b5
-- target fingerprint: e441e246d9aec1f2
-- 8 statements; hazards: none

BEGIN;

CREATE TABLE public.tenant_events (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL
) PARTITION BY HASH (tenant_id);

CREATE TABLE public.tenant_events_p0 PARTITION OF public.tenant_events FOR VALUES WITH (modulus 4, remainder 0);

CREATE TABLE public.tenant_events_p1 PARTITION OF public.tenant_events FOR VALUES WITH (modulus 4, remainder 1);

CREATE TABLE public.tenant_events_p2 PARTITION OF public.tenant_events FOR VALUES WITH (modulus 4, remainder 2);

CREATE TABLE public.tenant_events_p3 PARTITION OF public.tenant_events FOR VALUES WITH (modulus 4, remainder 3);

ALTER TABLE public.tenant_events ADD CONSTRAINT tenant_events_pkey PRIMARY KEY (tenant_id, id);

ALTER TABLE public.tenant_events ADD CONSTRAINT tenant_events_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

CREATE INDEX tenant_events_payload_idx ON public.tenant_events USING gin (payload);

COMMIT;
