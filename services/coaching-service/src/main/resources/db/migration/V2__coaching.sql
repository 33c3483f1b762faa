-- Coaching providers procured by an ELY centre, with the contract that sets their fees.
CREATE TABLE provider (
    id                UUID          PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    organisation_id   VARCHAR(9)    NOT NULL UNIQUE,
    ely_centre        VARCHAR(200)  NOT NULL,
    contract_from     DATE          NOT NULL,
    contract_until    DATE          NOT NULL,
    start_fee         NUMERIC(10,2) NOT NULL,
    guidance_fee      NUMERIC(10,2) NOT NULL,
    result_fee        NUMERIC(10,2) NOT NULL,
    guidance_outcomes VARCHAR(40)[] NOT NULL,
    result_outcomes   VARCHAR(40)[] NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE TABLE coach (
    id              UUID         PRIMARY KEY,
    provider_id     UUID         NOT NULL REFERENCES provider (id),
    name            VARCHAR(200) NOT NULL,
    user_id         VARCHAR(200),
    full_time_share NUMERIC(3,2) NOT NULL,
    max_caseload    INTEGER      NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX coach_provider ON coach (provider_id);

-- The parties of the clients' consents, from intake's ConsentGranted / ConsentWithdrawn.
CREATE TABLE consent_party (
    consent_id     UUID         NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    role           VARCHAR(60)  NOT NULL,
    client_id      UUID         NOT NULL,
    purpose        VARCHAR(500),
    valid_from     DATE         NOT NULL,
    valid_until    DATE,
    withdrawn_from TIMESTAMPTZ,
    PRIMARY KEY (consent_id, organisation, role)
);
CREATE INDEX consent_party_client ON consent_party (client_id, organisation);

CREATE TABLE episode (
    id                     UUID         PRIMARY KEY,
    client_id              UUID         NOT NULL,
    provider_id            UUID         REFERENCES provider (id),
    requested_provider_org VARCHAR(200),
    coach_id               UUID         REFERENCES coach (id),
    referral_id            UUID         UNIQUE,
    assessment_id          UUID,
    referrer_type          VARCHAR(40)  NOT NULL,
    referred_by            VARCHAR(200) NOT NULL,
    reason                 VARCHAR(2000),
    status                 VARCHAR(30)  NOT NULL,
    phase                  VARCHAR(30),
    created_at             TIMESTAMPTZ  NOT NULL,
    started_at             TIMESTAMPTZ,
    ended_at               TIMESTAMPTZ,
    outcome                VARCHAR(40),
    satisfaction           INTEGER,
    rehab_days_per_week    INTEGER,
    rehab_status           VARCHAR(20),
    rehab_paused_from      DATE,
    rehab_statement_from   DATE,
    rehab_statement_until  DATE,
    trial_statement_from   DATE,
    trial_statement_until  DATE,
    version                BIGINT       NOT NULL
);
CREATE INDEX episode_client ON episode (client_id);
CREATE INDEX episode_provider_status ON episode (provider_id, status);
CREATE INDEX episode_coach ON episode (coach_id, status);

CREATE TABLE phase_change (
    id         UUID         PRIMARY KEY,
    episode_id UUID         NOT NULL REFERENCES episode (id),
    from_phase VARCHAR(30),
    to_phase   VARCHAR(30)  NOT NULL,
    reason     VARCHAR(1000),
    changed_by VARCHAR(200) NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX phase_change_episode ON phase_change (episode_id);

CREATE TABLE vocational_profile (
    episode_id         UUID         PRIMARY KEY REFERENCES episode (id),
    career_goals       TEXT,
    interests          TEXT,
    strengths          TEXT,
    education          TEXT,
    work_history       TEXT,
    benefits_situation TEXT,
    disclosure         TEXT,
    lessons_from_jobs  TEXT,
    updated_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL
);

CREATE TABLE meeting (
    id              UUID          PRIMARY KEY,
    episode_id      UUID          NOT NULL REFERENCES episode (id),
    coach_id        UUID          NOT NULL REFERENCES coach (id),
    meeting_date    DATE          NOT NULL,
    mode            VARCHAR(20)   NOT NULL,
    location        VARCHAR(30)   NOT NULL,
    topic           VARCHAR(500)  NOT NULL,
    attendance      VARCHAR(20)   NOT NULL,
    reach_attempts  JSONB         NOT NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX meeting_episode ON meeting (episode_id, meeting_date);

CREATE TABLE employer_contact (
    id                          UUID          PRIMARY KEY,
    coach_id                    UUID          NOT NULL REFERENCES coach (id),
    provider_id                 UUID          NOT NULL REFERENCES provider (id),
    employer_name               VARCHAR(200)  NOT NULL,
    employer_business_id        VARCHAR(9),
    contact_date                DATE          NOT NULL,
    face_to_face                BOOLEAN       NOT NULL,
    based_on_client_preferences BOOLEAN       NOT NULL,
    purpose                     VARCHAR(1000) NOT NULL,
    client_ids                  UUID[]        NOT NULL,
    created_at                  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX employer_contact_provider ON employer_contact (provider_id, contact_date);

CREATE TABLE job (
    id                                  UUID          PRIMARY KEY,
    episode_id                          UUID          NOT NULL REFERENCES episode (id),
    kind                                VARCHAR(20)   NOT NULL,
    employer_name                       VARCHAR(200)  NOT NULL,
    employer_business_id                VARCHAR(9),
    title                               VARCHAR(200)  NOT NULL,
    occupation                          VARCHAR(200)  NOT NULL,
    start_date                          DATE          NOT NULL,
    hours_per_week                      NUMERIC(4,1)  NOT NULL,
    open_labour_market                  BOOLEAN       NOT NULL,
    permanent                           BOOLEAN       NOT NULL,
    wage_at_least_collective_agreement  BOOLEAN       NOT NULL,
    end_date                            DATE,
    end_reason                          VARCHAR(1000),
    end_learned_on                      DATE,
    created_at                          TIMESTAMPTZ   NOT NULL,
    version                             BIGINT        NOT NULL
);
CREATE INDEX job_episode ON job (episode_id);

CREATE TABLE fee (
    id          UUID          PRIMARY KEY,
    episode_id  UUID          NOT NULL REFERENCES episode (id),
    provider_id UUID          NOT NULL REFERENCES provider (id),
    client_id   UUID          NOT NULL,
    fee_type    VARCHAR(20)   NOT NULL,
    amount      NUMERIC(10,2) NOT NULL,
    outcome     VARCHAR(40),
    earned_at   TIMESTAMPTZ   NOT NULL,
    UNIQUE (episode_id, fee_type)
);
CREATE INDEX fee_provider ON fee (provider_id, earned_at);

CREATE TABLE fidelity_review (
    id             UUID          PRIMARY KEY,
    provider_id    UUID          NOT NULL REFERENCES provider (id),
    review_date    DATE          NOT NULL,
    reviewers      VARCHAR(200)[] NOT NULL,
    items          JSONB         NOT NULL,
    total          INTEGER       NOT NULL,
    band           VARCHAR(40)   NOT NULL,
    recorded_by    VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX fidelity_review_provider ON fidelity_review (provider_id, review_date);
