-- schemadiff plan
-- source fingerprint: 693e5eac21ac62c0
-- target fingerprint: 31331f4f44ad1e8e
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.documents DROP CONSTRAINT documents_folder_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_document_fkey;

ALTER TABLE public.shares DROP CONSTRAINT shares_folder_fkey;

-- hazard: long-lock
ALTER TABLE public.documents ADD CONSTRAINT documents_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON DELETE SET NULL (folder_id);

-- hazard: long-lock
ALTER TABLE public.shares ADD CONSTRAINT shares_document_fkey FOREIGN KEY (document_id) REFERENCES public.documents(id) ON DELETE CASCADE;

-- hazard: long-lock
ALTER TABLE public.shares ADD CONSTRAINT shares_folder_fkey FOREIGN KEY (folder_id) REFERENCES public.folders(id) ON UPDATE RESTRICT;

COMMIT;
