create table posts (id serial primary key, title text not null, body text, slug text unique);
create table comments (
    id serial primary key,
    post_id int references posts(id) on delete cascade,
    body text not null
);
create index comments_post_id_idx on comments (post_id);
create view post_comment_counts as select p.id, p.title, count(c.id) as n from posts p left join comments c on c.post_id = p.id group by p.id;
