INSERT INTO people (first_name, last_name, search_key) VALUES ('Ada', 'Lovelace', 'x1'), ('Alan', 'Turing', 'x2');
