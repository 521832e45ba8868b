CREATE TABLE words (
    id integer PRIMARY KEY,
    word text COLLATE "C" NOT NULL,
    code varchar(20),
    sort_key text COLLATE "C"
);

CREATE INDEX words_word_idx ON words (word);
