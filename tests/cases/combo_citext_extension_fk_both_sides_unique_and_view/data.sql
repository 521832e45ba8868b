INSERT INTO logins VALUES ('Ann@x.org', '2024-01-01'), ('bob@x.org', NULL);
INSERT INTO sessions VALUES (1, 'Ann@x.org'), (2, 'bob@x.org');
