SELECT * FROM top_sales; SELECT * FROM latest_per_region; SELECT * FROM rep_rank; SELECT * FROM region_totals; SELECT * FROM money_moves;
