INSERT INTO profiles VALUES (1,'Al','al','hi');
