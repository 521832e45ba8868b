create function current_tenant() returns bigint
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::bigint $$;
create table organizations (
    id bigserial primary key,
    name text not null,
    slug varchar(64) not null unique,
    plan text not null default 'free',
    created_at timestamptz not null default now()
);
create table users (
    id bigserial primary key,
    email varchar(254) not null unique,
    full_name text,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz
);
create table memberships (
    id bigserial primary key,
    organization_id bigint not null references organizations(id) on delete cascade,
    user_id bigint not null references users(id) on delete cascade,
    role text not null default 'member' check (role in ('owner','admin','member','billing')),
    unique (organization_id, user_id)
);
create table projects (
    id bigserial primary key,
    organization_id bigint not null default current_tenant() references organizations(id) on delete cascade,
    name text not null,
    slug varchar(64) not null,
    archived boolean not null default false,
    constraint projects_org_slug_key unique (organization_id, slug)
);
create index projects_org_idx on projects (organization_id) where not archived;
alter table projects enable row level security;
alter table memberships enable row level security;
create policy tenant_isolation on projects
    using (organization_id = current_tenant())
    with check (organization_id = current_tenant());
create policy tenant_isolation on memberships
    using (organization_id = current_tenant());
