create type order_status as enum ('pending','paid','shipped','cancelled','refunded');
create type order_priority as enum ('low','normal','high');
create table "shop_order" (
    "id" serial not null primary key,
    "reference" varchar(32) not null unique,
    "status" order_status not null default 'pending',
    "priority" integer null,
    "created" timestamp with time zone not null,
    "note" text not null default ''
);
create index "shop_order_status_idx" on "shop_order" ("status");
create table "shop_orderline" (
    "id" bigserial not null primary key,
    "order_id" integer not null references "shop_order" ("id") on delete cascade deferrable initially deferred,
    "sku" varchar(40) not null,
    "quantity" integer not null check ("quantity" > 0)
);
create index "shop_orderline_order_id_idx" on "shop_orderline" ("order_id");
create view "shop_open_orders" as select id, reference, status from shop_order where status <> 'cancelled';
