-- schemadiff plan
-- source fingerprint: 8865201fe434dddc
-- target fingerprint: 78ce5a559e08bc42
-- 17 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.notes ALTER COLUMN body SET DEFAULT 'line1
line2	''q'' \ $$ ; -- /*'::text;

CREATE TYPE public.mood AS ENUM ('it''s', E'back\\slash', '$$', 'semi;colon', 'new
line', '-- not a comment', '/* nor this */', 'ÿþ€', 'ü🙂');

CREATE DOMAIN public.quoted AS text DEFAULT 'a''b\c$$d;e'::text;

CREATE OR REPLACE FUNCTION public."f$$;"(a text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a || '$$' || E'\\' || ';--/*' $function$;

CREATE OR REPLACE FUNCTION public.plpgsql_body()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    -- a comment with 'quotes' and $$ and ;
    NEW.body := NEW.body || E'\n/* appended */';
    RETURN NEW;
END
$function$;

ALTER DOMAIN public.quoted ADD CONSTRAINT quoted_check CHECK ((VALUE <> '/* x */ -- y'::text));

ALTER TABLE public.notes ADD COLUMN mood public.mood DEFAULT 'it''s'::public.mood;

ALTER TABLE public.notes ADD COLUMN q public.quoted;

ALTER TABLE public.notes ADD CONSTRAINT "check ""this""" CHECK (body <> $q$x'; DROP TABLE notes; --$q$) NOT VALID;

CREATE VIEW public.v AS
SELECT id, body || ' '' $$ ; -- /* ' AS b FROM public.notes WHERE body <> E'\\';

CREATE TRIGGER "t;--" BEFORE INSERT ON public.notes FOR EACH ROW WHEN ((new.body IS DISTINCT FROM 'a''$$;--'::text)) EXECUTE FUNCTION public.plpgsql_body();

CREATE POLICY "p ""1""" ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING (body <> 'x''y;--' AND mood <> '$$');

COMMENT ON FUNCTION public."f$$;"(a text) IS 'fn ''q'' $$';

COMMENT ON TABLE public.notes IS E'multi
line ''comment'' with $$, ;, --, /* */, \\ and ü🙂';

COMMENT ON TYPE public.mood IS E'\\x00 is not here, but \\x7f-like bytes:  no';

COMMIT;

ALTER TABLE public.notes VALIDATE CONSTRAINT "check ""this""";
