CREATE TABLE words (
    id integer PRIMARY KEY,
    word text NOT NULL,
    code varchar(20) COLLATE "C",
    sort_key text COLLATE "POSIX"
);

CREATE INDEX words_word_idx ON words (word);
