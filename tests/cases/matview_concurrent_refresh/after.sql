INSERT INTO page_views (page) VALUES ('/pricing');
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_views;
