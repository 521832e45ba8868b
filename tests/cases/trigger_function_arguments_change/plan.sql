-- schemadiff plan
-- source fingerprint: 665846cfc5c64118
-- target fingerprint: b9fe87e16d8ab111
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER articles_trim BEFORE INSERT OR UPDATE ON public.articles FOR EACH ROW EXECUTE FUNCTION public.trim_columns('title', 'slug', 'summary');

COMMIT;
