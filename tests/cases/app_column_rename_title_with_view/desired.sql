create table blog_posts (
    id serial primary key,
    title text,
    content text,
    author varchar(100)
);
create index blog_posts_title_idx on blog_posts (title);
create view blog_index as select id, title from blog_posts order by title;
