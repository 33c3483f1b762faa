-- Projections of every domain event the reports use. Each table is owned by the projector and can be rebuilt
-- from the topics (see ProjectionRebuild). Client ids are pseudonymous and never leave this database.

ALTER TABLE client_flow
    ADD COLUMN preferred_language      VARCHAR(10),
    ADD COLUMN first_screening_at      TIMESTAMPTZ,
    ADD COLUMN segment                 VARCHAR(100),
    ADD COLUMN segment_at              TIMESTAMPTZ,
    ADD COLUMN team_booked_at          TIMESTAMPTZ,
    ADD COLUMN investigations_requested INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN first_assessment_at     TIMESTAMPTZ,
    ADD COLUMN coaching_referred_at    TIMESTAMPTZ,
    ADD COLUMN first_coaching_at       TIMESTAMPTZ,
    ADD COLUMN current_case_owner      UUID,
    ADD COLUMN case_owner_changes      INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN service_transfers       INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN closed_at               TIMESTAMPTZ,
    ADD COLUMN follow_up_due           DATE,
    ADD COLUMN reopened_count          INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN active_consents         INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN readiness_met_total     INTEGER,
    ADD COLUMN activation_plan_version INTEGER,
    ADD COLUMN activity_days_per_week  INTEGER,
    ADD COLUMN care_network_size       INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN merged_into             UUID;

CREATE TABLE referral (
    referral_id     VARCHAR(100) PRIMARY KEY,
    client_id       UUID         NOT NULL,
    channel         VARCHAR(100) NOT NULL,
    referring_party VARCHAR(200) NOT NULL,
    received_at     TIMESTAMPTZ  NOT NULL
);

CREATE TABLE assessment (
    assessment_id        VARCHAR(100) PRIMARY KEY,
    client_id            UUID         NOT NULL,
    team_id              VARCHAR(100),
    appointment_at       TIMESTAMPTZ,
    scheduled_at         TIMESTAMPTZ,
    concluded_at         TIMESTAMPTZ,
    work_ability_estimate VARCHAR(200),
    cancellation_reason  VARCHAR(50),
    cancelled_at         TIMESTAMPTZ
);

CREATE TABLE service_recommendation (
    recommendation_id        VARCHAR(100) PRIMARY KEY,
    client_id                UUID         NOT NULL,
    assessment_id            VARCHAR(100),
    service                  VARCHAR(200) NOT NULL,
    responsible_organisation VARCHAR(200),
    target_date              DATE
);

CREATE TABLE instrument_score (
    client_id     UUID          NOT NULL,
    instrument    VARCHAR(100)  NOT NULL,
    time_point    VARCHAR(100)  NOT NULL,
    scale         VARCHAR(200)  NOT NULL,
    score         NUMERIC(10,3) NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (client_id, instrument, time_point, scale)
);

CREATE TABLE coaching_episode (
    episode_id            VARCHAR(100) PRIMARY KEY,
    client_id             UUID         NOT NULL,
    provider_id           VARCHAR(100),
    provider_organisation VARCHAR(200),
    started_at            TIMESTAMPTZ,
    phase                 VARCHAR(100),
    ended_at              TIMESTAMPTZ,
    outcome               VARCHAR(100),
    satisfaction          INTEGER,
    outcome_recorded_at   TIMESTAMPTZ
);

CREATE TABLE job (
    job_id             VARCHAR(100) PRIMARY KEY,
    client_id          UUID         NOT NULL,
    episode_id         VARCHAR(100),
    provider_id        VARCHAR(100),
    open_labour_market BOOLEAN,
    hours_per_week     NUMERIC(6,2),
    start_date         DATE,
    end_date           DATE,
    permanent          BOOLEAN,
    end_reason         VARCHAR(200)
);

-- FeeEarned carries no fee id: the event id keeps a redelivered or rebuilt fee from counting twice.
CREATE TABLE fee (
    event_id    VARCHAR(100)  PRIMARY KEY,
    client_id   UUID          NOT NULL,
    episode_id  VARCHAR(100),
    provider_id VARCHAR(100)  NOT NULL,
    fee_type    VARCHAR(20)   NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    earned_at   TIMESTAMPTZ   NOT NULL
);

CREATE TABLE fidelity_review (
    review_id            VARCHAR(100) PRIMARY KEY,
    provider_id          VARCHAR(100) NOT NULL,
    review_date          DATE         NOT NULL,
    total                INTEGER,
    band                 VARCHAR(100),
    not_applicable_items INTEGER,
    items                JSONB        NOT NULL DEFAULT '[]'
);

-- Municipality codes are read tolerantly: a producer's unknown or longer code is kept, not a poison event.
ALTER TABLE client_flow ALTER COLUMN municipality_code TYPE VARCHAR(20);
