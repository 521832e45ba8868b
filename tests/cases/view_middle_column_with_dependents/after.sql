SELECT big_order_count();
