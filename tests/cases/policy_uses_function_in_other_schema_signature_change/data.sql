INSERT INTO auth.memberships VALUES ('x', 1);
INSERT INTO app.docs VALUES (1, 1, 'hello');
