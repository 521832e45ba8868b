-- schemadiff rollback
-- source fingerprint: f967de15475332ca
-- target fingerprint: 616d4886a20c311f
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER docs_bump ON public.docs;

DROP TRIGGER notes_bump ON public.notes;

DROP FUNCTION util.bump_version_v2();

CREATE OR REPLACE FUNCTION util.bump_version_v1()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $function$;

CREATE TRIGGER docs_bump BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION util.bump_version_v1();

CREATE TRIGGER notes_bump BEFORE UPDATE ON public.notes FOR EACH ROW EXECUTE FUNCTION util.bump_version_v1();

COMMIT;
