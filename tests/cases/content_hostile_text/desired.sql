-- User data in every kind of text the catalog keeps: quotes, backslashes, $$, semicolons, newlines, --, /*, control-free binary-looking bytes and Unicode.
CREATE TYPE public.mood AS ENUM ('it''s', 'back\slash', '$$', 'semi;colon', 'new
line', '-- not a comment', '/* nor this */', 'ÿþ€', 'ü🙂');
CREATE DOMAIN public.quoted AS text DEFAULT 'a''b\c$$d;e' CHECK (VALUE <> '/* x */ -- y');
CREATE TABLE public.notes (
    id int PRIMARY KEY,
    body text DEFAULT E'line1\nline2\t''q'' \\ $$ ; -- /*',
    mood public.mood DEFAULT 'it''s',
    q public.quoted,
    CONSTRAINT "check ""this""" CHECK (body <> $q$x'; DROP TABLE notes; --$q$)
);
CREATE FUNCTION public."f$$;" (a text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $fn$ SELECT a || '$$' || E'\\' || ';--/*' $fn$;
CREATE FUNCTION public.plpgsql_body() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    -- a comment with 'quotes' and $$ and ;
    NEW.body := NEW.body || E'\n/* appended */';
    RETURN NEW;
END
$body$;
CREATE TRIGGER "t;--" BEFORE INSERT ON public.notes FOR EACH ROW
    WHEN (NEW.body IS DISTINCT FROM 'a''$$;--') EXECUTE FUNCTION public.plpgsql_body();
CREATE VIEW public.v AS SELECT id, body || ' '' $$ ; -- /* ' AS b FROM public.notes WHERE body <> E'\\';
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY "p ""1""" ON public.notes USING (body <> 'x''y;--' AND mood <> '$$');
COMMENT ON TABLE public.notes IS E'multi\nline ''comment'' with $$, ;, --, /* */, \\ and ü🙂';
COMMENT ON COLUMN public.notes.body IS '';
COMMENT ON FUNCTION public."f$$;"(text) IS 'fn ''q'' $$';
COMMENT ON TYPE public.mood IS E'\\x00 is not here, but \\x7f-like bytes: \x01 no';
