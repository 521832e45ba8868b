insert into articles (title, body) values ('after', 'words here');
