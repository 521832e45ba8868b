INSERT INTO ledger (memo) VALUES ('a'), ('b'), ('c'), ('d');
