insert into app_group (name) values ('admins'), ('éditeurs');
insert into app_user (username) values ('ann'), ('bob');
insert into app_user_groups values (1, 1), (1, 2), (2, 2);
