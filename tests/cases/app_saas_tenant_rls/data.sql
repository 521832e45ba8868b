insert into organizations (name, slug) values ('Acme', 'acme'), ('Ünïcødé GmbH', 'unicode'), ('Null Corp', 'null-corp');
insert into users (email, full_name) values ('a@acme.test', 'Ann'), ('b@uni.test', NULL), ('c@x.test', 'Zoë Ω');
insert into memberships (organization_id, user_id, role) values (1,1,'owner'),(2,2,'admin'),(2,1,'member');
insert into projects (organization_id, name, slug) values (1, 'Site', 'site'), (2, 'Wiki', 'wiki'), (3, 'Legacy', 'legacy');
