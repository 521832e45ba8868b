with u as (insert into users (email) values ('n' || (select count(*) from users) || '@x') returning id)
insert into comments (author_id, body) select id, 'x' from u;
