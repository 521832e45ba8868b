create table customers (
    id serial primary key,
    name text not null,
    currency char(3) not null default 'USD'
);
create table invoices (
    id serial primary key,
    customer_id integer not null references customers(id),
    number varchar(20) not null unique,
    amount numeric(12,2) not null check (amount >= 0),
    tax numeric(12,2),
    discount money,
    issued_on date not null default current_date,
    paid boolean default false
);
create index invoices_unpaid_idx on invoices (customer_id) where not paid;
create view invoice_totals as
    select customer_id, sum(amount + coalesce(tax, 0)) as total
    from invoices group by customer_id;
