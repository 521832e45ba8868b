CREATE TABLE folders (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    parent_id integer
);

CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    folder_id integer,
    CONSTRAINT documents_folder_fkey FOREIGN KEY (folder_id) REFERENCES folders (id) ON DELETE SET NULL (folder_id)
);

CREATE TABLE shares (
    id integer PRIMARY KEY,
    document_id integer NOT NULL,
    folder_id integer,
    CONSTRAINT shares_document_fkey FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE,
    CONSTRAINT shares_folder_fkey FOREIGN KEY (folder_id) REFERENCES folders (id) ON UPDATE RESTRICT
);
