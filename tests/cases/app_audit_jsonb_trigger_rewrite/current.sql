create table audit_log (
    id serial primary key,
    table_name text not null,
    action text not null,
    row_id integer,
    changed_at timestamp not null default now()
);
create function audit_row() returns trigger language plpgsql as $$
begin
    insert into audit_log (table_name, action, row_id)
    values (tg_table_name, substr(tg_op, 1, 1), case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end $$;
create table widgets (
    id serial primary key,
    name text not null,
    price numeric(8,2)
);
create table gadgets (
    id serial primary key,
    label varchar(50) not null
);
create trigger widgets_audit after insert or update or delete on widgets for each row execute function audit_row();
create trigger gadgets_audit after insert or update on gadgets for each row execute function audit_row();
