insert into app_user (username) values ('u' || (select count(*) from app_user));
insert into app_user_groups (user_id, group_id) select max(id), 1 from app_user;
