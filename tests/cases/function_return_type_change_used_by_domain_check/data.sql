-- Function return type change used by domain check.
INSERT INTO stock_items VALUES (1, 'ABC-1');
