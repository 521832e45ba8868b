-- Function drop security definer and config.
CREATE FUNCTION now_utc() RETURNS timestamp
    LANGUAGE sql STABLE SECURITY DEFINER
    SET timezone = 'UTC'
    SET work_mem = '64MB'
AS $$ SELECT now()::timestamp $$;
