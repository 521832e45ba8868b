SELECT count_active();
