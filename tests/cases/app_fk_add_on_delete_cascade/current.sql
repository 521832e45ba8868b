create table authors (id int primary key, name text not null);
create table books (
    id int primary key,
    author_id int references authors(id),
    co_author_id int constraint books_coauthor_fk references authors(id),
    isbn char(13) unique
);
create table chapters (
    book_id int not null references books(id),
    no int not null,
    title text,
    primary key (book_id, no)
);
create table book_tags (book_isbn char(13) references books(isbn), tag text);
