SELECT * FROM item_prices;
