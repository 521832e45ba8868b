create schema reporting;
create table sales (
    id serial primary key,
    region varchar(40) not null,
    amount numeric(12,2) not null,
    currency char(3) not null default 'EUR',
    sold_at date not null
);
create view reporting.monthly_sales as
    select region, currency, date_trunc('month', sold_at)::date as month, sum(amount) as total, count(*) as n
    from sales group by 1, 2, 3;
create view reporting.region_summary as
    select region, currency, max(total) as best_month_total, sum(n) as sales, count(*) as months
    from reporting.monthly_sales group by region, currency;
create view reporting.top_regions as
    select region from reporting.region_summary where best_month_total > 100;
comment on view reporting.region_summary is 'per-region, per-currency rollup';
