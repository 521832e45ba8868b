-- schemadiff plan
-- source fingerprint: 2040704dfa9c707a
-- target fingerprint: 643311fbcd5de1e1
-- 4 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.audited ADD COLUMN updated_at timestamp with time zone;

ALTER TABLE public.notes ADD COLUMN version integer DEFAULT 1 NOT NULL;

ALTER TABLE public.notes INHERIT public.versioned;

-- hazard: long-lock
ALTER TABLE public.documents ADD CONSTRAINT documents_title_not_blank CHECK (title <> '');

COMMIT;
