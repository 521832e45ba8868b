INSERT INTO page_views (page, viewed_at) VALUES ('/', '2024-01-01 10:00Z'), ('/', '2024-01-01 11:00Z'), ('/about', '2024-01-02 09:00Z');
REFRESH MATERIALIZED VIEW daily_views;
