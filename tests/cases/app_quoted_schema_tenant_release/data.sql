insert into "TenantApp"."Org" ("DisplayName") values ('Default'), ('Zweite Firma');
insert into "TenantApp"."UserAccount" ("OrgId", "Email", "IsActive") values (1, 'A@x.com', true), (2, 'b@x.com', false), (2, 'c@x.com', true);
