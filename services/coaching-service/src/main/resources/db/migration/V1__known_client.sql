-- Clients this service has heard of, from intake's events: only the pseudonymous id and routing data.
CREATE TABLE known_client (
    client_id         UUID        PRIMARY KEY,
    municipality_code CHAR(3)     NOT NULL,
    age_band          VARCHAR(10),
    registered_at     TIMESTAMPTZ NOT NULL
);
