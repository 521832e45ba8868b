insert into accounts (email, username, created_at, updated_at) values
 ('Ann@Example.com', 'ann', '2023-01-01', '2023-01-01'),
 ('bob@example.com', 'bob', '2023-01-02', '2023-06-01 12:00:00.123456'),
 ('josé@exämple.com', 'josé', now(), now());
insert into posts (account_id, title, body, created_at, updated_at) values
 (1, 'Hello', NULL, now(), now()), (2, 'Ünïcode ✓', 'body', now(), now()), (1, '', '', now(), now());
