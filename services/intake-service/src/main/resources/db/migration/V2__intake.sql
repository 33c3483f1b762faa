-- A merged client keeps its row (so its identity code still finds the kept client) and points to the client kept.
ALTER TABLE client ADD COLUMN merged_into UUID REFERENCES client (id);
ALTER TABLE client ADD COLUMN merged_at TIMESTAMPTZ;
CREATE INDEX client_duplicate_key ON client (birth_date, lower(last_name), lower(first_name)) WHERE merged_into IS NULL;
CREATE INDEX client_waiting ON client (registered_at) WHERE merged_into IS NULL;

CREATE TABLE referral (
    id                     UUID         PRIMARY KEY,
    client_id              UUID         NOT NULL REFERENCES client (id),
    channel                VARCHAR(40)  NOT NULL,
    referring_party        VARCHAR(40),
    referrer_organisation  VARCHAR(200),
    referrer_contact_name  VARCHAR(200),
    referrer_contact_phone VARCHAR(20),
    referrer_contact_email VARCHAR(254),
    reason                 VARCHAR(2000) NOT NULL,
    received_at            TIMESTAMPTZ  NOT NULL,
    recorded_by            VARCHAR(200) NOT NULL,
    recorded_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX referral_client ON referral (client_id);

CREATE TABLE initial_interview (
    id                       UUID          PRIMARY KEY,
    client_id                UUID          NOT NULL REFERENCES client (id),
    interview_date           DATE          NOT NULL,
    professional_name        VARCHAR(200)  NOT NULL,
    professional_organisation VARCHAR(200) NOT NULL,
    summary                  VARCHAR(4000) NOT NULL,
    client_goal              VARCHAR(2000) NOT NULL,
    recorded_by              VARCHAR(200)  NOT NULL,
    recorded_at              TIMESTAMPTZ   NOT NULL
);
CREATE INDEX initial_interview_client ON initial_interview (client_id);

CREATE TABLE initial_interview_topic (
    interview_id UUID        NOT NULL REFERENCES initial_interview (id),
    topic        VARCHAR(40) NOT NULL,
    PRIMARY KEY (interview_id, topic)
);

CREATE TABLE screening (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    months_unemployed  INTEGER       NOT NULL,
    motivation         VARCHAR(20)   NOT NULL,
    derived_segment    VARCHAR(40)   NOT NULL,
    rule               VARCHAR(10)   NOT NULL,
    segment            VARCHAR(40)   NOT NULL,
    override_reason    VARCHAR(2000),
    notes              VARCHAR(4000),
    screened_by        VARCHAR(200)  NOT NULL,
    completed_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX screening_client ON screening (client_id);

CREATE TABLE screening_signal (
    screening_id UUID        NOT NULL REFERENCES screening (id),
    signal       VARCHAR(50) NOT NULL,
    decisive     BOOLEAN     NOT NULL,
    PRIMARY KEY (screening_id, signal)
);

CREATE TABLE team_booking (
    id             UUID          PRIMARY KEY,
    client_id      UUID          NOT NULL REFERENCES client (id),
    kind           VARCHAR(30)   NOT NULL,
    team_id        UUID,
    appointment_at TIMESTAMPTZ,
    reason         VARCHAR(2000) NOT NULL,
    booked_by      VARCHAR(200)  NOT NULL,
    booked_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX team_booking_client ON team_booking (client_id);

CREATE TABLE team_booking_investigation (
    booking_id    UUID         NOT NULL REFERENCES team_booking (id),
    position      INTEGER      NOT NULL,
    investigation VARCHAR(500) NOT NULL,
    responsible   VARCHAR(200) NOT NULL,
    PRIMARY KEY (booking_id, position)
);

-- A consent is never changed after it is given; a withdrawal is a row of its own, at most one per consent.
CREATE TABLE consent (
    id                       UUID          PRIMARY KEY,
    client_id                UUID          NOT NULL REFERENCES client (id),
    purpose                  VARCHAR(50)   NOT NULL,
    purpose_description      VARCHAR(2000),
    valid_from               DATE          NOT NULL,
    valid_until              DATE,
    given_as                 VARCHAR(20)   NOT NULL,
    recorded_by              VARCHAR(200)  NOT NULL,
    recorded_by_organisation VARCHAR(200)  NOT NULL,
    granted_at               TIMESTAMPTZ   NOT NULL
);
CREATE INDEX consent_client ON consent (client_id);

CREATE TABLE consent_party (
    consent_id   UUID         NOT NULL REFERENCES consent (id),
    position     INTEGER      NOT NULL,
    organisation VARCHAR(100) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(50)  NOT NULL,
    PRIMARY KEY (consent_id, position)
);

CREATE TABLE consent_withdrawal (
    consent_id               UUID          PRIMARY KEY REFERENCES consent (id),
    withdrawn_from           TIMESTAMPTZ   NOT NULL,
    given_as                 VARCHAR(20)   NOT NULL,
    reason                   VARCHAR(2000),
    recorded_by              VARCHAR(200)  NOT NULL,
    recorded_by_organisation VARCHAR(200)  NOT NULL,
    withdrawn_at             TIMESTAMPTZ   NOT NULL
);

-- polku_refuse_change() comes with the platform's tables (db/platform).
CREATE FUNCTION polku_consent_repoint_only() RETURNS trigger AS $$
BEGIN
    IF (to_jsonb(NEW) - 'client_id') IS DISTINCT FROM (to_jsonb(OLD) - 'client_id') THEN
        RAISE EXCEPTION 'consent is append-only';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
-- Consents and withdrawals are history: re-pointing to the kept client after a merge is the only change allowed.
CREATE TRIGGER consent_history_kept BEFORE DELETE ON consent FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER consent_repoint_only BEFORE UPDATE ON consent FOR EACH ROW EXECUTE FUNCTION polku_consent_repoint_only();
CREATE TRIGGER consent_withdrawal_history_kept BEFORE UPDATE OR DELETE ON consent_withdrawal
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER consent_party_history_kept BEFORE UPDATE OR DELETE ON consent_party
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();

CREATE TABLE readiness_checklist (
    id          UUID          PRIMARY KEY,
    client_id   UUID          NOT NULL REFERENCES client (id),
    note        VARCHAR(4000),
    assessed_by VARCHAR(200)  NOT NULL,
    assessed_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX readiness_checklist_client ON readiness_checklist (client_id);

CREATE TABLE readiness_checklist_item (
    checklist_id UUID          NOT NULL REFERENCES readiness_checklist (id),
    sign         VARCHAR(50)   NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    note         VARCHAR(1000),
    PRIMARY KEY (checklist_id, sign)
);
