INSERT INTO accounts(id) SELECT coalesce(max(id), 0) + 1 FROM accounts;
