create table blog_posts (
    id serial primary key,
    name text,
    content text,
    author varchar(100)
);
create index blog_posts_name_idx on blog_posts (name);
create view blog_index as select id, name from blog_posts order by name;
