create table accounts (
    id bigserial primary key,
    email character varying not null,
    username character varying not null,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null,
    deleted_at timestamp(6) without time zone
);
create unique index index_accounts_on_email on accounts (lower(email)) where deleted_at is null;
create unique index index_accounts_on_username on accounts (username) where deleted_at is null;
create index index_accounts_on_deleted_at on accounts (deleted_at);
create table posts (
    id bigserial primary key,
    account_id bigint not null,
    title character varying not null,
    body text,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null,
    discarded_at timestamp(6) without time zone
);
create index index_posts_on_account_id on posts (account_id) where discarded_at is null;
alter table posts add constraint fk_rails_1 foreign key (account_id) references accounts(id) on delete cascade;
create view visible_posts as select p.id, p.title, a.username from posts p join accounts a on a.id = p.account_id
  where p.discarded_at is null and a.deleted_at is null;
