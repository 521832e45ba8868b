create table orders (
    id int primary key,
    status varchar(20),
    is_open boolean generated always as (status in ('new', 'paid')) stored
);
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger orders_touch before update on orders for each row
    when (new.status in ('paid', 'shipped')) execute function touch();
create policy open_only on orders using (status in ('new', 'paid'));
create materialized view order_counts as select status from orders where status in ('new', 'paid');
create view open_orders as select id from orders where status in ('new', 'paid');
