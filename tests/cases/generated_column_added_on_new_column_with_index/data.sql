INSERT INTO documents (title, body) VALUES ('Hello', 'world of postgres'), ('Second', 'more text');
