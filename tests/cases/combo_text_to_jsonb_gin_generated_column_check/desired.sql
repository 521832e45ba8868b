CREATE TABLE profiles (
    id integer PRIMARY KEY,
    settings jsonb NOT NULL DEFAULT '{}',
    lang text GENERATED ALWAYS AS (settings ->> 'lang') STORED,
    CONSTRAINT profiles_settings_object CHECK (jsonb_typeof(settings) = 'object')
);
CREATE INDEX profiles_settings_gin ON profiles USING gin (settings jsonb_path_ops);
CREATE INDEX profiles_lang_idx ON profiles (lang);
CREATE VIEW profile_settings AS SELECT id, settings, lang FROM profiles;
