-- Personal access tokens for API clients (the mobile terminal, integrations): a client keeps a
-- token it can be refused instead of the officer's password, and a call signed in with one costs
-- an index lookup instead of a password hash. Only the token's SHA-256 is kept; the token itself
-- is shown once, when made. A token is void once revoked, expired, or older than the account's
-- password (a changed or reset password ends what was signed in with the old one).
CREATE TABLE api_tokens (
    id           BIGSERIAL    PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES accounts (id),
    name         VARCHAR(60)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX api_tokens_hash_uk ON api_tokens (token_hash);
CREATE INDEX api_tokens_account_idx ON api_tokens (account_id, created_at DESC);
