create table authors (id int primary key, name text not null);
create table books (
    id int primary key,
    author_id int references authors(id) on delete cascade,
    co_author_id int constraint books_coauthor_fk references authors(id) on delete set null,
    isbn char(13) unique
);
create index books_author_id_idx on books (author_id);
create table chapters (
    book_id int not null references books(id) on delete cascade on update cascade,
    no int not null,
    title text,
    primary key (book_id, no)
);
create table book_tags (book_isbn char(13) references books(isbn) on update cascade on delete cascade, tag text);
