INSERT INTO members VALUES (1, 'a@x'), (2, 'b@x');
INSERT INTO notes VALUES (1, 1, 'hi'), (2, 2, NULL);
