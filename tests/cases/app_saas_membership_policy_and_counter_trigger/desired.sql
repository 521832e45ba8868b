create table orgs (
    id int generated always as identity primary key,
    name text not null,
    document_count int not null default 0
);
create table members (
    org_id int not null references orgs(id) on delete cascade,
    user_name text not null,
    role text not null default 'viewer' check (role in ('viewer', 'editor', 'admin')),
    primary key (org_id, user_name)
);
create function is_member(p_org int, p_role text default 'viewer') returns boolean
    language sql stable security definer set search_path = public
    as $$ select exists (select 1 from members m where m.org_id = p_org and m.user_name = current_user
                         and (p_role = 'viewer' or m.role in (p_role, 'admin'))) $$;
create table documents (
    id int generated always as identity primary key,
    org_id int not null references orgs(id) on delete cascade,
    title text not null,
    owner text not null default current_user,
    deleted boolean not null default false
);
create function bump_document_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update orgs set document_count = document_count + 1 where id = new.org_id;
    elsif tg_op = 'DELETE' then
        update orgs set document_count = document_count - 1 where id = old.org_id;
    end if;
    return null;
end $$;
create trigger documents_count after insert or delete on documents
    for each row execute function bump_document_count();
alter table documents enable row level security;
alter table documents force row level security;
create policy doc_read on documents for select using (not deleted and is_member(org_id));
create policy doc_write on documents for all using (is_member(org_id, 'editor')) with check (is_member(org_id, 'editor'));
