create schema "TenantApp";
create function "TenantApp"."CurrentOrg"() returns integer language sql stable
    as $$ select nullif(current_setting('app.org', true), '')::integer $$;
create table "TenantApp"."Org" (
    "OrgId" serial primary key,
    "DisplayName" text not null,
    "Plan" text not null default 'Free'
);
create table "TenantApp"."UserAccount" (
    "UserId" bigserial primary key,
    "OrgId" integer not null default 1 references "TenantApp"."Org"("OrgId") on delete cascade,
    "Email" varchar(320) not null,
    "IsActive" boolean not null default true,
    "LastLogin" timestamptz
);
create unique index "UserAccount_Email_uq" on "TenantApp"."UserAccount" ("OrgId", lower("Email"));
alter table "TenantApp"."UserAccount" enable row level security;
create policy "Tenant Isolation" on "TenantApp"."UserAccount"
    using ("OrgId" = "TenantApp"."CurrentOrg"());
create view "TenantApp"."ActiveUsers" as select "UserId", "Email", "OrgId" from "TenantApp"."UserAccount" where "IsActive";
comment on column "TenantApp"."UserAccount"."OrgId" is 'Owning tenant; legacy NULLs backfilled to 1';
