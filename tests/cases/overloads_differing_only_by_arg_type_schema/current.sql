CREATE SCHEMA a; CREATE SCHEMA b; CREATE SCHEMA "Odd ""S""";
CREATE TYPE a.status AS ENUM ('on', 'off');
CREATE TYPE b.status AS ENUM ('up', 'down');
CREATE TYPE "Odd ""S"""."Status" AS ENUM ('x');
CREATE FUNCTION public.describe(s a.status) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'a:' || s $$;
CREATE FUNCTION public.describe(s b.status) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'b:' || s $$;
CREATE FUNCTION public.describe(s "Odd ""S"""."Status"[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'odd' $$;
COMMENT ON FUNCTION public.describe(a.status) IS 'for a';
COMMENT ON FUNCTION public.describe(b.status) IS 'for b';
