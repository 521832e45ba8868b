insert into orgs (name) values ('Acme'), ('Ωmega');
insert into members values (1, 'postgres'), (2, 'alice');
insert into documents (org_id, title, owner) values (1, 'Plan', 'postgres'), (2, 'Secret ✓', 'alice');
