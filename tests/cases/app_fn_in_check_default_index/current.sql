create function normalize_sku(s text) returns text language sql immutable
    as $$ select upper(trim(s)) $$;
create function new_sku() returns text language sql volatile
    as $$ select 'SKU-' || lpad((floor(random() * 100000))::int::text, 5, '0') $$;
create table items (
    id serial primary key,
    sku text not null default new_sku(),
    name text,
    constraint items_sku_normalized check (sku = normalize_sku(sku))
);
create unique index items_sku_norm_idx on items (normalize_sku(sku));
