-- schemadiff rollback
-- source fingerprint: 55447b9a62fd0b41
-- target fingerprint: 4158cab15439c43a
-- 4 statements; hazards: none

BEGIN;

DROP TRIGGER transfers_check_distinct ON public.transfers;

DROP TRIGGER transfers_check_positive ON public.transfers;

DROP FUNCTION public.transfers_check_distinct();

CREATE TRIGGER transfers_check_positive AFTER INSERT ON public.transfers FOR EACH ROW EXECUTE FUNCTION public.transfers_check_positive();

COMMIT;
