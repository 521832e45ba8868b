insert into blog_posts (name, content, author) values ('First', 'x', NULL), ('Zweite', NULL, 'Jürgen');
