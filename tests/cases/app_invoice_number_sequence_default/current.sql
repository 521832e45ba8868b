create table invoices (
    id serial primary key,
    number text,
    total numeric(12,2) not null
);
