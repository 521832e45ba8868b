set app.tenant_id = '2';
insert into projects (organization_id, name, slug) values (2, 'Web 🚀', 'web-' || (select count(*) from projects));
insert into memberships (organization_id, user_id) values (3, 3) on conflict do nothing;
reset app.tenant_id;
