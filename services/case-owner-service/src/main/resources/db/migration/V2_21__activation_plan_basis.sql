-- Issue 14: what this service learns of a client's activation plan (assessment's ActivationPlanUpdated, the latest
-- version) and of work trials that started (coaching's JobStarted of kind WORK_TRIAL), so that the gap watch flags a
-- coaching or work trial the plan does not record (COACHING_WITHOUT_ACTIVATION_PLAN). Codes and dates only.
CREATE TABLE client_activation_plan (
    client_id            UUID         PRIMARY KEY,
    plan_id              UUID         NOT NULL,
    version              INTEGER      NOT NULL,
    valid_until          DATE         NOT NULL,
    agreed_possibilities VARCHAR(64)[] NOT NULL,
    services             JSONB        NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);

CREATE TABLE work_trial_start (
    job_id     UUID  PRIMARY KEY,
    client_id  UUID  NOT NULL,
    start_date DATE  NOT NULL
);
CREATE INDEX work_trial_start_client ON work_trial_start (client_id);
