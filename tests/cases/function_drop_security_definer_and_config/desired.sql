-- Function drop security definer and config.
CREATE FUNCTION now_utc() RETURNS timestamp
    LANGUAGE sql STABLE
AS $$ SELECT now() AT TIME ZONE 'UTC' $$;
