create table orgs (id int generated always as identity primary key, name text not null);
create table members (
    org_id int not null references orgs(id),
    user_name text not null,
    primary key (org_id, user_name)
);
create table documents (
    id int generated always as identity primary key,
    org_id int not null references orgs(id),
    title text not null,
    owner text not null default current_user
);
alter table documents enable row level security;
create policy doc_owner on documents using (owner = current_user);
