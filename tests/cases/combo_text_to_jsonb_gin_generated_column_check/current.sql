CREATE TABLE profiles (
    id integer PRIMARY KEY,
    settings text NOT NULL DEFAULT '{}'
);
CREATE VIEW profile_settings AS SELECT id, settings FROM profiles;
