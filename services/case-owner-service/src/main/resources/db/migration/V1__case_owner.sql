CREATE TABLE professional (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    organisation     VARCHAR(200) NOT NULL,
    role             VARCHAR(50)  NOT NULL,
    municipalities   VARCHAR(3)[] NOT NULL,
    max_caseload     INTEGER      NOT NULL CHECK (max_caseload > 0),
    active           BOOLEAN      NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL
);

-- Clients this service has heard of, from intake's events.
CREATE TABLE known_client (
    client_id         UUID        PRIMARY KEY,
    municipality_code CHAR(3)     NOT NULL,
    age_band          VARCHAR(10),
    registered_at     TIMESTAMPTZ NOT NULL
);

-- The current case owner of each known client; no professional means the client waits in the unassigned queue.
CREATE TABLE case_owner_assignment (
    client_id        UUID        PRIMARY KEY REFERENCES known_client (client_id),
    professional_id  UUID        REFERENCES professional (id),
    assigned_at      TIMESTAMPTZ NOT NULL,
    unassigned_since TIMESTAMPTZ,
    version          BIGINT      NOT NULL
);
CREATE INDEX case_owner_assignment_professional ON case_owner_assignment (professional_id);

-- Every change of case owner, who made it and why.
CREATE TABLE case_owner_change (
    id                     UUID         PRIMARY KEY,
    client_id              UUID         NOT NULL REFERENCES known_client (client_id),
    from_professional_id   UUID,
    to_professional_id     UUID,
    changed_at             TIMESTAMPTZ  NOT NULL,
    changed_by             VARCHAR(200) NOT NULL,
    reason                 VARCHAR(500) NOT NULL,
    handover_note          TEXT
);
CREATE INDEX case_owner_change_client ON case_owner_change (client_id, changed_at);
