insert into documents (org_id, title) values (1, 'after');
delete from documents where title = 'after';
