-- schemadiff rollback
-- source fingerprint: 62f97715c74228f5
-- target fingerprint: f6939cae547c863d
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_folder_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_document_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_folder_fkey;

-- hazard: long-lock
ALTER TABLE public.documents ADD CONSTRAINT documents_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.shares ADD CONSTRAINT shares_document_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id);

-- hazard: long-lock
ALTER TABLE public.shares ADD CONSTRAINT shares_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON UPDATE CASCADE;

COMMIT;
