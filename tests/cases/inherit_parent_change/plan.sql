-- schemadiff plan
-- source fingerprint: 294e5e7551d882d8
-- target fingerprint: b21e0f583011f6b6
-- 5 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.audited ADD COLUMN updated_at timestamp with time zone;

ALTER TABLE public.notes ADD COLUMN version integer DEFAULT 1 NOT NULL;

ALTER TABLE public.notes INHERIT public.versioned;

ALTER TABLE public.documents ADD CONSTRAINT documents_title_not_blank CHECK (title <> '') NOT VALID;

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_title_not_blank;
