with a as (insert into accounts (email, username, created_at, updated_at)
           values ('new' || (select count(*) from accounts) || '@x.com', 'u' || (select count(*) from accounts), now(), now()) returning id)
insert into posts (account_id, title, created_at, updated_at) select id, 'first', now(), now() from a;
