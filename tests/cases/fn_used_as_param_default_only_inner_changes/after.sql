SELECT * FROM list_articles();
