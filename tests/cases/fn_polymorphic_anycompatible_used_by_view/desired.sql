CREATE FUNCTION first_set(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(a, b) $$;
CREATE TABLE prefs (id int PRIMARY KEY, user_limit int, default_limit bigint NOT NULL);
CREATE VIEW effective_prefs AS SELECT id, first_set(user_limit, default_limit) AS lim FROM prefs;
