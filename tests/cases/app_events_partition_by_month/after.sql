insert into events (kind) values ('after');
