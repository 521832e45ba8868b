INSERT INTO app.projects VALUES (1, 1); INSERT INTO app.tasks VALUES (1, 1);
