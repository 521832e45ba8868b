-- schemadiff plan
-- source fingerprint: f6939cae547c863d
-- target fingerprint: 62f97715c74228f5
-- 9 statements; hazards: none

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_folder_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_document_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_folder_fkey;

ALTER TABLE public.documents ADD CONSTRAINT documents_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON DELETE SET NULL (folder_id) NOT VALID;

ALTER TABLE public.shares ADD CONSTRAINT shares_document_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.shares ADD CONSTRAINT shares_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON UPDATE RESTRICT NOT VALID;

COMMIT;

ALTER TABLE public.documents VALIDATE CONSTRAINT documents_folder_fkey;

ALTER TABLE public.shares VALIDATE CONSTRAINT shares_document_fkey;

ALTER TABLE public.shares VALIDATE CONSTRAINT shares_folder_fkey;
