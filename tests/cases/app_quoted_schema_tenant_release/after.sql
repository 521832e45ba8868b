insert into "TenantApp"."UserAccount" ("OrgId", "Email") values (2, 'new' || (select count(*) from "TenantApp"."UserAccount") || '@x.com');
