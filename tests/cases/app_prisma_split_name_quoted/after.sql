insert into "User" ("id", "email", "updatedAt") values ('u' || (select count(*) from "User"), 'u' || (select count(*) from "User") || '@x.io', now());
insert into "Post" ("authorId", "title") values ('clx1', 'another');
