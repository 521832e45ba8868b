create table organizations (
    id bigserial primary key,
    name text not null,
    slug varchar(64) not null unique,
    created_at timestamptz not null default now()
);
create table users (
    id bigserial primary key,
    email varchar(254) not null unique,
    full_name text,
    created_at timestamptz not null default now()
);
create table memberships (
    id bigserial primary key,
    organization_id bigint not null references organizations(id),
    user_id bigint not null references users(id),
    role text not null default 'member' check (role in ('owner','admin','member')),
    unique (organization_id, user_id)
);
create table projects (
    id bigserial primary key,
    organization_id bigint references organizations(id),
    name text not null,
    slug varchar(64) not null unique,
    archived boolean not null default false
);
create index projects_org_idx on projects (organization_id);
