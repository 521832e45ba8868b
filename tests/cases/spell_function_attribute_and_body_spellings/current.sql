CREATE FUNCTION public.f1(a integer, b integer DEFAULT 0) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$select a + b$$;
CREATE FUNCTION public.f2(x integer) RETURNS TABLE(y integer, z text)
    LANGUAGE sql
    AS $$select x, 'a'$$;
CREATE FUNCTION public.f3(x integer, OUT y integer, OUT z text) RETURNS SETOF record
    LANGUAGE sql
    AS $$select x, 'a'$$;
CREATE FUNCTION public.f4(x integer) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$select x$$;
CREATE FUNCTION public.f5(x integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN (x + 1);
CREATE FUNCTION public.f6(x integer) RETURNS integer
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT (x * 2);
END;
CREATE FUNCTION public.f7() RETURNS trigger
    LANGUAGE plpgsql
    AS $$begin return new; end$$;
CREATE PROCEDURE public.p1(IN a integer)
    LANGUAGE sql
    AS $$select a$$;
