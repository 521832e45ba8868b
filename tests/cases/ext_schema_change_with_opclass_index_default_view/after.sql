INSERT INTO docs (title) VALUES ('again');
