-- Staff accounts of the console (passwords only as Argon2id hashes) and their sign-in sessions. A session row
-- holds a hash of the cookie's value, never the value itself, so a copy of the database signs nobody in.
CREATE TABLE staff_account (
    name            VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(128) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(256) NOT NULL,
    disabled        BOOLEAN      NOT NULL,
    failed_signins  INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff_session (
    id_hash      VARCHAR(64)  NOT NULL PRIMARY KEY,
    account      VARCHAR(64)  NOT NULL REFERENCES staff_account (name) ON DELETE CASCADE,
    csrf         VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_session_account_idx ON staff_session (account);
