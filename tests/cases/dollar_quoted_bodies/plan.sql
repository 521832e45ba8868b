-- schemadiff plan
-- source fingerprint: 054de08dc65b5b5a
-- target fingerprint: baa101fc707d6005
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public."$weird"()
 RETURNS text
 LANGUAGE sql
AS $function$SELECT '$$; DROP TABLE log; --'$function$;

CREATE OR REPLACE FUNCTION public.add_log(m text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  s text := 'a;b'; -- a comment with ; and $$ inside
BEGIN
  /* block comment; with $x$ and ' quote */
  INSERT INTO log (msg) VALUES (m || s || $$;$$ || E'\';');
  EXECUTE $q$SELECT 1; $q$;
END;
$function$;

CREATE OR REPLACE FUNCTION public.semi()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT ';' || $x$;$$;$x$ $function$;

COMMENT ON FUNCTION public.add_log(m text) IS 'It''s; "tricky" $$ ';

COMMIT;
