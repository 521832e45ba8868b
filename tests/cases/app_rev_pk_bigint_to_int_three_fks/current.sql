create table users (
    id bigserial primary key,
    email text not null unique
);
create table sessions (
    id bigserial primary key,
    user_id bigint not null references users(id) on delete cascade,
    token uuid not null unique
);
create table comments (
    id bigserial primary key,
    author_id bigint references users(id) on delete set null,
    editor_id bigint references users(id),
    body text not null
);
create index comments_author_idx on comments (author_id);
create table user_follows (
    follower_id bigint not null references users(id),
    followee_id bigint not null references users(id),
    primary key (follower_id, followee_id),
    check (follower_id <> followee_id)
);
create view user_stats as
    select u.id, u.email, count(c.id) as comments from users u left join comments c on c.author_id = u.id group by u.id;
