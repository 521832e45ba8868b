CREATE TABLE api_tokens (
    id bigint PRIMARY KEY,
    token_digest text NOT NULL,
    issued_at timestamptz NOT NULL
);

CREATE INDEX api_tokens_digest_idx ON api_tokens (token_digest);
CREATE INDEX api_tokens_issued_at_idx ON api_tokens (issued_at);
