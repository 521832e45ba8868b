create table user_settings (
    user_id int primary key,
    email_notifications boolean not null default true,
    dark_mode boolean,
    locale varchar(10) default 'en'
);
