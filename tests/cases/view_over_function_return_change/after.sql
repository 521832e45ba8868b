SELECT * FROM big_metrics;
