select setval('users_id_seq', 2147483000);
insert into users (email) values ('a@x'), ('b@x'), ('ç@x');
insert into sessions (user_id, token) values (2147483001, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
insert into comments (author_id, editor_id, body) values (2147483001, NULL, 'hi'), (NULL, 2147483002, 'orphan'), (2147483003, 2147483003, 'é');
insert into user_follows values (2147483001, 2147483002), (2147483002, 2147483001);
