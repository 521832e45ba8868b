create table customers (
    id serial primary key,
    name text not null,
    currency char(3) not null default 'USD'
);
create table invoices (
    id serial primary key,
    customer_id integer not null references customers(id),
    number varchar(20) not null unique,
    amount bigint not null check (amount >= 0),
    tax bigint not null default 0,
    discount numeric(12,2),
    issued_on date not null default current_date,
    paid_at timestamptz
);
create index invoices_unpaid_idx on invoices (customer_id) where paid_at is null;
create view invoice_totals as
    select customer_id, sum(amount + tax) as total
    from invoices group by customer_id;
