-- schemadiff rollback
-- source fingerprint: 7d31855927540bab
-- target fingerprint: 79618f9b516b1bdd
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER invoices_archive_read_only ON public.invoices_archive;

DROP FUNCTION public.invoices_read_only();

COMMIT;
