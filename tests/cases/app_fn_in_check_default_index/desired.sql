create function normalize_sku(s text, strip_dashes boolean default false) returns text language sql immutable
    as $$ select case when strip_dashes then replace(upper(trim(s)), '-', '') else upper(trim(s)) end $$;
create function new_sku(prefix text default 'SKU-') returns text language sql volatile
    as $$ select prefix || lpad((floor(random() * 100000))::int::text, 6, '0') $$;
create table items (
    id serial primary key,
    sku text not null default new_sku(),
    name text,
    constraint items_sku_normalized check (sku = normalize_sku(sku))
);
create unique index items_sku_norm_idx on items (normalize_sku(sku, true));
create index items_name_idx on items (normalize_sku(name)) where name is not null;
