-- What 'lists update' last got from each dataset's publisher: the validators to ask with next time
-- (ETag, Last-Modified, as the publisher wrote them), the SHA-256 of the last good file (a file with
-- the same bytes is neither parsed nor stored again), and when the dataset was last tried, last
-- fetched and last changed, which 'lists update --check', /readyz and the dashboard show.
CREATE TABLE list_fetch (
    dataset       VARCHAR(100)  PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    tried_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(20)   NOT NULL, -- updated, unchanged, failed
    message       VARCHAR(4000),          -- why it failed
    fetched_at    TIMESTAMP WITH TIME ZONE, -- the last good answer, a 304 included
    changed_at    TIMESTAMP WITH TIME ZONE, -- the last fetch that stored a new version
    etag          VARCHAR(400),
    last_modified VARCHAR(100),
    sha256        CHAR(64),
    bytes         BIGINT
);
