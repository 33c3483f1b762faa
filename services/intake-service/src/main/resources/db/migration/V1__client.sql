CREATE TABLE client (
    id                      UUID         PRIMARY KEY,
    identity_code_encrypted BYTEA        NOT NULL,
    identity_code_index     CHAR(64)     NOT NULL UNIQUE,
    temporary_identity_code BOOLEAN      NOT NULL,
    birth_date              DATE         NOT NULL,
    first_name              VARCHAR(100) NOT NULL,
    last_name               VARCHAR(100) NOT NULL,
    municipality_code       CHAR(3)      NOT NULL,
    preferred_language      CHAR(2)      NOT NULL,
    phone                   VARCHAR(20),
    email                   VARCHAR(254),
    registered_at           TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX client_birth_date ON client (birth_date);
