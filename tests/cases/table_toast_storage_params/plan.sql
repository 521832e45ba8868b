-- schemadiff plan
-- source fingerprint: d5679531132eacb4
-- target fingerprint: 42ccfbfbbedcc297
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.blobs RESET (toast.autovacuum_enabled);

ALTER TABLE public.docs SET (toast.autovacuum_enabled=false);

ALTER TABLE public.notes SET (toast.autovacuum_vacuum_scale_factor=0.05);

CREATE TABLE public.attachments (
    id integer NOT NULL,
    content text
) WITH (toast_tuple_target=256, toast.autovacuum_vacuum_threshold=100);

ALTER TABLE public.attachments ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);

COMMIT;
