create sequence invoice_number_seq start with 1000 increment by 1 cache 1;
create table invoices (
    id serial primary key,
    number text not null default 'INV-' || lpad(nextval('invoice_number_seq')::text, 6, '0'),
    total numeric(12,2) not null,
    constraint invoices_number_key unique (number)
);
alter sequence invoice_number_seq owned by invoices.number;
