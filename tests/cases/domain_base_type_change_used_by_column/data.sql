INSERT INTO stock.levels (item_id, on_hand, reserved) VALUES (1, 10, 2), (2, 2147483647, NULL);
