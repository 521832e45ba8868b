UPDATE orders SET total = total + 1;
