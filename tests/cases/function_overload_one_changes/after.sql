SELECT * FROM price_list;
