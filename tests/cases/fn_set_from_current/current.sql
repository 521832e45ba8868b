CREATE SCHEMA app;
CREATE FUNCTION app.f1() RETURNS int LANGUAGE sql SET search_path = public AS $$ SELECT 1 $$;
