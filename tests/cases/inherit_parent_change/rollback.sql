-- schemadiff rollback
-- source fingerprint: b21e0f583011f6b6
-- target fingerprint: 294e5e7551d882d8
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_title_not_blank;

-- hazard: data-loss,irreversible
ALTER TABLE public.audited DROP COLUMN updated_at;

ALTER TABLE public.notes NO INHERIT public.versioned;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN version;

COMMIT;
