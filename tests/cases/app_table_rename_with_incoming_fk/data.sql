insert into blog_posts (title, body) values ('One', NULL), ('Zwei', 'ü');
