-- Professionals: the person's login subject (the JWT "sub"), and why and since when they are inactive.
ALTER TABLE professional ADD COLUMN user_id         VARCHAR(200);
ALTER TABLE professional ADD COLUMN inactive_reason VARCHAR(30);
ALTER TABLE professional ADD COLUMN inactive_since  TIMESTAMPTZ;
ALTER TABLE professional ADD COLUMN updated_at      TIMESTAMPTZ;
UPDATE professional SET updated_at = created_at;
ALTER TABLE professional ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX professional_user ON professional (user_id);

-- The clientship as this service knows it: segment from intake's screening, stage from the other services'
-- events, the case owner's recorded next step and contact, and whether the clientship is open.
ALTER TABLE known_client ADD COLUMN segment               VARCHAR(40);
ALTER TABLE known_client ADD COLUMN stage                 VARCHAR(30) NOT NULL DEFAULT 'REGISTERED';
ALTER TABLE known_client ADD COLUMN stage_changed_at      TIMESTAMPTZ;
ALTER TABLE known_client ADD COLUMN next_step             VARCHAR(500);
ALTER TABLE known_client ADD COLUMN next_step_due         DATE;
ALTER TABLE known_client ADD COLUMN next_step_recorded_at TIMESTAMPTZ;
ALTER TABLE known_client ADD COLUMN last_contact_at       TIMESTAMPTZ;
ALTER TABLE known_client ADD COLUMN clientship            VARCHAR(10) NOT NULL DEFAULT 'OPEN';
ALTER TABLE known_client ADD COLUMN closed_at             TIMESTAMPTZ;
ALTER TABLE known_client ADD COLUMN closure_reason        VARCHAR(40);
ALTER TABLE known_client ADD COLUMN reopened_at           TIMESTAMPTZ;
ALTER TABLE known_client ADD COLUMN version               BIGINT NOT NULL DEFAULT 0;

-- The named persons around a client besides the case owner. Ending a membership sets valid_until; rows are
-- never deleted, so the network's history stays readable.
CREATE TABLE care_network_member (
    id              UUID         PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES known_client (client_id),
    professional_id UUID         REFERENCES professional (id),
    user_id         VARCHAR(200),
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(50)  NOT NULL,
    organisation    VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_until     DATE,
    added_by        VARCHAR(200) NOT NULL,
    added_at        TIMESTAMPTZ  NOT NULL,
    ended_by        VARCHAR(200),
    ended_at        TIMESTAMPTZ,
    end_reason      VARCHAR(500)
);
CREATE INDEX care_network_member_client ON care_network_member (client_id, valid_from);

-- Follow-up contacts (jälkikontaktointi) scheduled when a clientship closes.
CREATE TABLE follow_up (
    id              UUID         PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES known_client (client_id),
    professional_id UUID         REFERENCES professional (id),
    due_date        DATE         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    outcome         VARCHAR(30),
    attempts        INTEGER,
    note            VARCHAR(2000),
    completed_at    TIMESTAMPTZ,
    completed_by    VARCHAR(200),
    version         BIGINT       NOT NULL
);
CREATE INDEX follow_up_open ON follow_up (due_date) WHERE completed_at IS NULL;

-- Assessments and coaching that started for a client; the case owner acknowledges each one.
CREATE TABLE service_start (
    id              UUID         PRIMARY KEY,
    client_id       UUID         NOT NULL REFERENCES known_client (client_id),
    service         VARCHAR(20)  NOT NULL,
    reference_id    VARCHAR(100) NOT NULL,
    started_at      TIMESTAMPTZ  NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    acknowledged_by VARCHAR(200),
    UNIQUE (service, reference_id)
);
CREATE INDEX service_start_client ON service_start (client_id);
