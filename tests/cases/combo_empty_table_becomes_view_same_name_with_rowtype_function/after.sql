SELECT * FROM top_customers();
