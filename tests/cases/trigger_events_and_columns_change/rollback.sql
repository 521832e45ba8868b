-- schemadiff rollback
-- source fingerprint: 0a5e75ebd0f5f5dc
-- target fingerprint: 3c568d4246d56302
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER posts_search BEFORE INSERT ON public.posts FOR EACH ROW EXECUTE FUNCTION public.posts_search_fn();

COMMIT;
