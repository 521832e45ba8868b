-- schemadiff rollback
-- source fingerprint: 643311fbcd5de1e1
-- target fingerprint: 2040704dfa9c707a
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_title_not_blank;

-- hazard: data-loss,irreversible
ALTER TABLE public.audited DROP COLUMN updated_at;

ALTER TABLE public.notes NO INHERIT public.versioned;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN version;

COMMIT;
