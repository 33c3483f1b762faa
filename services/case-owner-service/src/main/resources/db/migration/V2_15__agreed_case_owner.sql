-- The case owner agreed in a work-ability assessment's conclusion (asiakasvastaavasta sopiminen), once per
-- assessment, and what this service did with it. An agreement not applied stays on the coordinator's list (the gap
-- watch) with its reason until someone sets a case owner by hand.
CREATE TABLE agreed_case_owner (
    assessment_id   UUID         PRIMARY KEY,
    client_id       UUID         NOT NULL,
    professional_id UUID,
    agreed_at       TIMESTAMPTZ  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    resolved_at     TIMESTAMPTZ
);
CREATE INDEX agreed_case_owner_open ON agreed_case_owner (client_id) WHERE outcome = 'NOT_APPLIED' AND resolved_at IS NULL;
