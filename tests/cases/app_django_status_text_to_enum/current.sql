create table "shop_order" (
    "id" serial not null primary key,
    "reference" varchar(32) not null unique,
    "status" varchar(20) not null default 'pending',
    "priority" integer null,
    "created" timestamp with time zone not null,
    constraint "shop_order_status_check" check ("status" in ('pending','paid','shipped','cancelled'))
);
create index "shop_order_status_idx" on "shop_order" ("status");
create index "shop_order_status_like" on "shop_order" ("status" varchar_pattern_ops);
create table "shop_orderline" (
    "id" serial not null primary key,
    "order_id" integer not null references "shop_order" ("id") deferrable initially deferred,
    "sku" varchar(40) not null,
    "quantity" integer not null check ("quantity" >= 0)
);
create index "shop_orderline_order_id_idx" on "shop_orderline" ("order_id");
create view "shop_open_orders" as select id, reference, status from shop_order where status <> 'cancelled';
