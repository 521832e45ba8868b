insert into "User" ("id", "email", "name", "updatedAt") values
 ('clx1', 'ann@x.io', 'Ann Lee', now()), ('clx2', 'zoë@x.io', NULL, now()), ('clx3', 'mono@x.io', 'Madonna', now());
insert into "Post" ("authorId", "title") values ('clx1', 'Hi'), ('clx2', '日本語');
