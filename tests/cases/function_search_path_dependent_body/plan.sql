-- schemadiff plan
-- source fingerprint: 2df83412631ae314
-- target fingerprint: b1645c9526fec90b
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION app.normalize_email()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'app', 'pg_catalog'
AS $function$
BEGIN
    NEW.email_lower := lower(NEW.email);
    PERFORM 1 FROM users WHERE id = NEW.id;
    RETURN NEW;
END $function$;

CREATE OR REPLACE FUNCTION app.user_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
 SET search_path TO 'app'
AS $function$ SELECT count(*) FROM users $function$;

ALTER TABLE app.users ADD COLUMN email_lower text;

CREATE TRIGGER users_normalize BEFORE INSERT OR UPDATE ON app.users FOR EACH ROW EXECUTE FUNCTION app.normalize_email();

COMMIT;
