create table user_settings (
    user_id int primary key,
    locale varchar(16) not null default 'en',
    prefs jsonb not null default '{}'::jsonb check (jsonb_typeof(prefs) = 'object'),
    updated_at timestamptz
);
create index user_settings_prefs_idx on user_settings using gin (prefs jsonb_path_ops);
