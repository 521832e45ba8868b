create table "app_group" ("id" serial primary key, "name" varchar(150) not null unique);
create table "app_user" ("id" serial primary key, "username" varchar(150) not null unique);
create table "app_user_groups" (
    "user_id" integer not null references "app_user" ("id") deferrable initially deferred,
    "group_id" integer not null references "app_group" ("id") deferrable initially deferred,
    primary key ("user_id", "group_id")
);
create index "app_user_groups_group_id_idx" on "app_user_groups" ("group_id");
