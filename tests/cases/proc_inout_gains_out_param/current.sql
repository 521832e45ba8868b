CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(IN counter_name text, INOUT new_value bigint DEFAULT NULL)
    LANGUAGE plpgsql
    AS $$
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = counter_name RETURNING value INTO new_value;
END
$$;
