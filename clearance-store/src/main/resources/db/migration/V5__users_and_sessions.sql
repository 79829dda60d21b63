-- People who sign in to the web application. Passwords are kept only as Argon2id hashes (the
-- encoded form carries its salt and cost parameters, so the cost can be raised later and old
-- hashes still verify). Names are who acts, in decisions and the audit log, as for API keys.
CREATE TABLE app_user (
    name          VARCHAR(100) PRIMARY KEY,
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    disabled_at   TIMESTAMP WITH TIME ZONE
);

-- Signed-in browser sessions. Only a SHA-256 of the session token is kept (the token itself lives
-- only in the browser's cookie), with the CSRF token that every form of the session must send back.
CREATE TABLE web_session (
    token_hash CHAR(64)     PRIMARY KEY,
    user_name  VARCHAR(100) NOT NULL REFERENCES app_user (name),
    csrf_token CHAR(43)     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_user ON web_session (user_name);
