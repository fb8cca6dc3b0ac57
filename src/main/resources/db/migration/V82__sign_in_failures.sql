-- Failed sign-ins by account and client address, so that repeated guessing of one account's
-- password from one place is paused (the limit on failed sign-ins that graded protection asks of
-- an information system: GB/T 22239-2019, level 3, 安全计算环境, 身份鉴别). The audit log keeps every attempt;
-- these rows only count recent failures and are deleted once they no longer can.
CREATE TABLE sign_in_failures (
    id             BIGSERIAL    PRIMARY KEY,
    account        VARCHAR(64)  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sign_in_failures_account_idx ON sign_in_failures (account, client_address, failed_at);
CREATE INDEX sign_in_failures_failed_idx ON sign_in_failures (failed_at);
