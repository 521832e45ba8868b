insert into authors values (1, 'Tolkien'), (2, 'Достоевский');
insert into books values (10, 1, 2, '9780261103573'), (11, 2, NULL, NULL), (12, NULL, NULL, '9780000000001');
insert into chapters values (10, 1, 'A Long-expected Party'), (10, 2, NULL), (11, 1, 'Часть первая');
insert into book_tags values ('9780261103573', 'fantasy'), (NULL, 'orphan');
