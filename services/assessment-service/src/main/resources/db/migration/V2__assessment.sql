-- Work-ability teams; members are a value list of the team, kept with it.
CREATE TABLE team (
    id                UUID         PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    municipality_code CHAR(3)      NOT NULL,
    area              VARCHAR(200),
    members           JSONB        NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL,
    version           BIGINT       NOT NULL
);

-- A client's work-ability team assessment, from a booking in intake or created by a team member.
CREATE TABLE assessment (
    id                    UUID         PRIMARY KEY,
    client_id             UUID         NOT NULL,
    team_id               UUID,
    booking_id            UUID         UNIQUE,
    appointment_at        TIMESTAMPTZ  NOT NULL,
    reason                TEXT         NOT NULL,
    status                VARCHAR(30)  NOT NULL,
    status_reason         TEXT,
    work_ability_estimate VARCHAR(60),
    agreed_professions    JSONB,
    support_plan          JSONB,
    concluded_at          TIMESTAMPTZ,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE INDEX assessment_client ON assessment (client_id, appointment_at);

-- Investigations intake asked for before (or alongside) the team appointment; the team tracks them to completion.
CREATE TABLE investigation (
    id            UUID         PRIMARY KEY,
    client_id     UUID         NOT NULL,
    booking_id    UUID         NOT NULL,
    investigation VARCHAR(500) NOT NULL,
    responsible   VARCHAR(200) NOT NULL,
    reason        TEXT,
    requested_at  TIMESTAMPTZ  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    summary       TEXT,
    completed_on  DATE,
    version       BIGINT       NOT NULL
);
CREATE INDEX investigation_client ON investigation (client_id, requested_at);

-- One profession's findings in an assessment.
CREATE TABLE professional_evaluation (
    id                    UUID         PRIMARY KEY,
    assessment_id         UUID         NOT NULL REFERENCES assessment (id),
    profession            VARCHAR(40)  NOT NULL,
    evaluator_name        VARCHAR(200) NOT NULL,
    physical_functioning  TEXT         NOT NULL,
    mental_functioning    TEXT         NOT NULL,
    cognitive_functioning TEXT         NOT NULL,
    social_functioning    TEXT         NOT NULL,
    helping_factors       TEXT         NOT NULL,
    hindering_factors     TEXT         NOT NULL,
    work_ability_view     VARCHAR(60)  NOT NULL,
    evaluated_on          DATE         NOT NULL,
    recorded_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX professional_evaluation_assessment ON professional_evaluation (assessment_id);

-- Answers to a versioned instrument at one time point, with the scale scores computed from them.
CREATE TABLE instrument_response (
    id                 UUID         PRIMARY KEY,
    assessment_id      UUID         NOT NULL REFERENCES assessment (id),
    client_id          UUID         NOT NULL,
    instrument         VARCHAR(100) NOT NULL,
    instrument_version INTEGER      NOT NULL,
    time_point         DATE         NOT NULL,
    answers            JSONB        NOT NULL,
    scale_scores       JSONB        NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (client_id, instrument, time_point)
);

-- A question to a specialist unit (e.g. specialised care's rehabilitation research unit) and its answer.
CREATE TABLE consultation (
    id              UUID         PRIMARY KEY,
    assessment_id   UUID         NOT NULL REFERENCES assessment (id),
    consulted_unit  VARCHAR(200) NOT NULL,
    question        TEXT         NOT NULL,
    asked_on        DATE         NOT NULL,
    answer          TEXT,
    answered_on     DATE,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX consultation_assessment ON consultation (assessment_id);

-- Every version of a client's activation plan (aktivointisuunnitelma); the highest version is the plan in force.
CREATE TABLE activation_plan (
    revision_id          UUID        PRIMARY KEY,
    plan_id              UUID        NOT NULL,
    version              INTEGER     NOT NULL,
    client_id            UUID        NOT NULL,
    valid_from           DATE        NOT NULL,
    valid_until          DATE        NOT NULL,
    parties              JSONB       NOT NULL,
    services             JSONB       NOT NULL,
    agreed_possibilities JSONB       NOT NULL,
    change_reason        TEXT,
    recorded_by          VARCHAR(200) NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (plan_id, version),
    UNIQUE (client_id, version)
);

-- Every version of a client's implementation plan (toteuttamissuunnitelma) for rehabilitative work activity.
CREATE TABLE implementation_plan (
    revision_id               UUID         PRIMARY KEY,
    plan_id                   UUID         NOT NULL,
    version                   INTEGER      NOT NULL,
    client_id                 UUID         NOT NULL,
    activation_plan_id        UUID         NOT NULL,
    activation_plan_version   INTEGER      NOT NULL,
    place                     VARCHAR(300) NOT NULL,
    activity_days_per_week    INTEGER      NOT NULL CHECK (activity_days_per_week BETWEEN 1 AND 5),
    goals                     JSONB        NOT NULL,
    coaching_on_activity_days BOOLEAN      NOT NULL,
    coaching_sessions_per_week INTEGER,
    valid_from                DATE         NOT NULL,
    valid_until               DATE,
    drawn_up_by               VARCHAR(200) NOT NULL,
    recorded_by               VARCHAR(200) NOT NULL,
    recorded_at               TIMESTAMPTZ  NOT NULL,
    UNIQUE (plan_id, version),
    UNIQUE (client_id, version),
    FOREIGN KEY (activation_plan_id, activation_plan_version) REFERENCES activation_plan (plan_id, version)
);
