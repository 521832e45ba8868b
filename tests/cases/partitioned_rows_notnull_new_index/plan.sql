-- schemadiff plan
-- source fingerprint: 38cf41f02b7753cc
-- target fingerprint: fe11395dd95cad81
-- 9 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.ev ALTER COLUMN kind SET NOT NULL;

ALTER TABLE ONLY public.ev_2026 ALTER COLUMN body SET COMPRESSION pglz;

-- hazard: long-lock
ALTER TABLE public.ev ADD CONSTRAINT ev_pkey PRIMARY KEY (id, day);

-- hazard: long-lock
CREATE INDEX ev_kind ON public.ev USING btree (kind);

COMMENT ON INDEX public.ev_kind IS 'kind';

COMMIT;

CREATE INDEX CONCURRENTLY ev_2025_body ON public.ev_2025 USING btree (body);

ALTER TABLE public.ev_2025 CLUSTER ON ev_2025_body;

CREATE UNIQUE INDEX CONCURRENTLY ev_2026_id ON public.ev_2026 USING btree (id);

ALTER TABLE public.ev_2026 REPLICA IDENTITY USING INDEX ev_2026_id;
