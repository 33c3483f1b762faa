-- A case owner's referral of a client to a work-ability team, which the team answers (issue 17 §1). The reason and
-- notes are free text and stay here; events carry the codes.
CREATE TABLE assessment_referral (
    id                  UUID         PRIMARY KEY,
    client_id           UUID         NOT NULL,
    team_id             UUID         NOT NULL REFERENCES team (id),
    reason              TEXT         NOT NULL,
    sent_by             VARCHAR(200) NOT NULL,
    sender_organisation VARCHAR(200),
    status              VARCHAR(20)  NOT NULL,
    reason_code         VARCHAR(40),
    assessment_id       UUID         UNIQUE REFERENCES assessment (id),
    requested_at        TIMESTAMPTZ  NOT NULL,
    answer_due_by       DATE         NOT NULL,
    status_changed_at   TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX assessment_referral_client ON assessment_referral (client_id, requested_at);

-- Every move of a referral, appended and never changed: the referral's history.
CREATE TABLE assessment_referral_status_change (
    id              UUID         PRIMARY KEY,
    referral_id     UUID         NOT NULL REFERENCES assessment_referral (id),
    status          VARCHAR(20)  NOT NULL,
    reason_code     VARCHAR(40),
    note            TEXT,
    changed_by      VARCHAR(200) NOT NULL,
    changed_by_org  VARCHAR(200),
    changed_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX assessment_referral_status_change_referral ON assessment_referral_status_change (referral_id, changed_at);
