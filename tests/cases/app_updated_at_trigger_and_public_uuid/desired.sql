create function set_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;
create table customers (
    id serial primary key,
    public_id uuid not null default gen_random_uuid() unique,
    name text not null,
    email text,
    created_at timestamptz default now(),
    updated_at timestamptz not null default now()
);
create trigger customers_updated_at before update on customers
    for each row when (old.* is distinct from new.*) execute function set_updated_at();
create table addresses (
    id serial primary key,
    customer_id int not null references customers(id) on delete cascade,
    line1 text not null,
    line2 text,
    country char(2) not null default 'US' check (country ~ '^[A-Z]{2}$'),
    updated_at timestamptz not null default now()
);
create trigger addresses_updated_at before update on addresses
    for each row execute function set_updated_at();
create index addresses_customer_id_idx on addresses (customer_id);
