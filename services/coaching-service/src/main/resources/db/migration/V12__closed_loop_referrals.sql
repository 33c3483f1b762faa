-- Closed-loop referrals (issue 17): a referral to a provider has a status the receiving provider moves, REQUESTED →
-- ACCEPTED | DECLINED → IN_PROGRESS → COMPLETED | CANCELLED. The episode waits for the acceptance; a declined or
-- cancelled referral closes its episode without coaching having started.
CREATE TABLE coaching_referral (
    id                    UUID         PRIMARY KEY,
    client_id             UUID         NOT NULL,
    episode_id            UUID         NOT NULL UNIQUE REFERENCES episode (id),
    provider_id           UUID         REFERENCES provider (id),
    previous_referral_id  UUID         REFERENCES coaching_referral (id),
    sent_by               VARCHAR(200) NOT NULL,
    sender_organisation   VARCHAR(200),
    status                VARCHAR(20)  NOT NULL,
    reason_code           VARCHAR(30),
    requested_at          TIMESTAMPTZ  NOT NULL,
    answer_due_by         DATE         NOT NULL,
    status_changed_at     TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE INDEX coaching_referral_provider ON coaching_referral (provider_id, status, requested_at);
CREATE INDEX coaching_referral_client ON coaching_referral (client_id, requested_at);

-- The history is appended to, never rewritten: who (user, organisation) moved the referral to which status, when.
-- The note (e.g. the text of a decline for OTHER) stays here and never goes into an event.
CREATE TABLE coaching_referral_status_change (
    id                   UUID          PRIMARY KEY,
    referral_id          UUID          NOT NULL REFERENCES coaching_referral (id),
    status               VARCHAR(20)   NOT NULL,
    reason_code          VARCHAR(30),
    note                 VARCHAR(2000),
    changed_by           VARCHAR(200)  NOT NULL,
    changed_by_org       VARCHAR(200),
    changed_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX coaching_referral_status_change_referral ON coaching_referral_status_change (referral_id, changed_at);
