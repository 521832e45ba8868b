insert into accounts (email, username, created_at, updated_at, deleted_at) values
 ('Ann@Example.com', 'ann', '2023-01-01', '2023-01-01', NULL),
 ('bob@example.com', 'bob', '2023-01-02', '2023-06-01 12:00:00.123456', '2024-01-01'),
 ('josé@exämple.com', 'josé', now(), now(), NULL);
insert into posts (account_id, title, body, created_at, updated_at, discarded_at) values
 (1, 'Hello', NULL, now(), now(), now()), (2, 'Ünïcode ✓', 'body', now(), now(), NULL);
