CREATE SCHEMA api;
CREATE TABLE api.users (id int PRIMARY KEY, email text NOT NULL);
CREATE FUNCTION api.find_user(p_id int) RETURNS api.users
    LANGUAGE sql STABLE SECURITY DEFINER
    AS $$ SELECT * FROM api.users WHERE id = p_id $$;
REVOKE ALL ON FUNCTION api.find_user(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.find_user(int) TO sd_reader;
GRANT USAGE ON SCHEMA api TO sd_reader;
