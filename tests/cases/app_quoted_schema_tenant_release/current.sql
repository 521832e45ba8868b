create schema "TenantApp";
create table "TenantApp"."Org" (
    "OrgId" serial primary key,
    "DisplayName" text not null
);
create table "TenantApp"."UserAccount" (
    "UserId" serial primary key,
    "OrgId" integer references "TenantApp"."Org"("OrgId"),
    "Email" varchar(200) not null,
    "IsActive" boolean default true
);
create unique index "UserAccount_Email_uq" on "TenantApp"."UserAccount" (lower("Email"));
create view "TenantApp"."ActiveUsers" as select "UserId", "Email" from "TenantApp"."UserAccount" where "IsActive";
