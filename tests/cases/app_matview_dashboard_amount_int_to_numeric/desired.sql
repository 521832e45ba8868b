create table payments (
    id serial primary key,
    merchant_id int not null,
    amount numeric(14,2) not null,
    fee numeric(14,2) not null default 0,
    paid_on date not null
);
create materialized view merchant_daily as
    select merchant_id, paid_on, sum(amount) as total, sum(fee) as fees, count(*) as n from payments group by 1, 2;
create unique index merchant_daily_pk on merchant_daily (merchant_id, paid_on);
create view merchant_best_day as select merchant_id, max(total) as best from merchant_daily group by 1;
