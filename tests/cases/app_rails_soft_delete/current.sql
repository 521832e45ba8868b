create table accounts (
    id bigserial primary key,
    email character varying not null,
    username character varying not null,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null
);
create unique index index_accounts_on_email on accounts (email);
alter table accounts add constraint accounts_username_key unique (username);
create table posts (
    id bigserial primary key,
    account_id bigint not null,
    title character varying not null,
    body text,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null
);
create index index_posts_on_account_id on posts (account_id);
alter table posts add constraint fk_rails_1 foreign key (account_id) references accounts(id);
create view visible_posts as select p.id, p.title, a.username from posts p join accounts a on a.id = p.account_id;
