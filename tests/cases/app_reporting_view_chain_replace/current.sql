create schema reporting;
create table sales (
    id serial primary key,
    region varchar(20) not null,
    amount numeric(10,2) not null,
    sold_at date not null
);
create view reporting.monthly_sales as
    select region, date_trunc('month', sold_at)::date as month, sum(amount) as total
    from sales group by 1, 2;
create view reporting.region_summary as
    select region, max(total) as best_month_total, count(*) as months
    from reporting.monthly_sales group by region;
create view reporting.top_regions as
    select region from reporting.region_summary where best_month_total > 100;
comment on view reporting.region_summary is 'per-region rollup';
