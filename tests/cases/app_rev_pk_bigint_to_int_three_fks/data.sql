insert into users (email) values ('a@x'), ('b@x'), ('ç@x');
insert into sessions (user_id, token) values (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
insert into comments (author_id, editor_id, body) values (1, NULL, 'hi'), (NULL, 2, 'orphan'), (3, 3, 'é');
insert into user_follows values (1, 2), (2, 1);
