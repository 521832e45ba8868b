CREATE TABLE sessions (id bigint PRIMARY KEY, user_id int NOT NULL, expires_at timestamptz NOT NULL);
CREATE PROCEDURE purge_sessions(cutoff timestamptz)
    LANGUAGE sql
BEGIN ATOMIC
    DELETE FROM sessions WHERE expires_at < cutoff;
END;
