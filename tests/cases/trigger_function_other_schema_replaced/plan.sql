-- schemadiff plan
-- source fingerprint: 616d4886a20c311f
-- target fingerprint: f967de15475332ca
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER docs_bump ON public.docs;

DROP TRIGGER notes_bump ON public.notes;

DROP FUNCTION util.bump_version_v1();

CREATE OR REPLACE FUNCTION util.bump_version_v2()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN NEW.version := OLD.version + 1; END IF;
    RETURN NEW;
END $function$;

CREATE TRIGGER docs_bump BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION util.bump_version_v2();

CREATE TRIGGER notes_bump BEFORE UPDATE ON public.notes FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION util.bump_version_v2();

COMMIT;
