create table customers (
    id serial primary key,
    name text not null,
    email text,
    created_at timestamp default now()
);
create table addresses (
    id serial primary key,
    customer_id int not null references customers(id),
    line1 text not null,
    country char(2) not null default 'US'
);
