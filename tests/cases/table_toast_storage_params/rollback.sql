-- schemadiff rollback
-- source fingerprint: 42ccfbfbbedcc297
-- target fingerprint: d5679531132eacb4
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.attachments;

ALTER TABLE public.blobs SET (toast.autovacuum_enabled=false);

ALTER TABLE public.docs RESET (toast.autovacuum_enabled);

ALTER TABLE public.notes SET (toast.autovacuum_vacuum_scale_factor=0.2);

COMMIT;
