-- Issue 17 §1: a job coach's referral of a client back to the case owner ("coaching → case owner"), which the
-- receiver (the client's case owner, or the municipality's work-ability coordinators when there is none) moves. It
-- lives here, with its receiver. The reason and notes are free text and stay here; events carry the codes.

-- The coaching episodes this service learns of from coaching's CoachingStarted and CoachingEnded: an episode is the
-- sending coach's basis (a coach of the episode's provider refers its client back).
CREATE TABLE coaching_episode (
    episode_id            UUID         PRIMARY KEY,
    client_id             UUID         NOT NULL,
    provider_organisation VARCHAR(200) NOT NULL,
    started_at            TIMESTAMPTZ  NOT NULL,
    ended_at              TIMESTAMPTZ
);
CREATE INDEX coaching_episode_client ON coaching_episode (client_id);

CREATE TABLE case_owner_referral (
    id                  UUID         PRIMARY KEY,
    client_id           UUID         NOT NULL REFERENCES known_client (client_id),
    episode_id          UUID         NOT NULL REFERENCES coaching_episode (episode_id),
    reason_code         VARCHAR(40)  NOT NULL,
    reason              TEXT,
    sent_by             VARCHAR(200) NOT NULL,
    sender_organisation VARCHAR(200) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decline_reason_code VARCHAR(40),
    requested_at        TIMESTAMPTZ  NOT NULL,
    answer_due_by       DATE         NOT NULL,
    status_changed_at   TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX case_owner_referral_client ON case_owner_referral (client_id, requested_at);
CREATE INDEX case_owner_referral_sender ON case_owner_referral (sender_organisation, requested_at);

-- Every move of a referral, appended and never changed: the referral's history.
CREATE TABLE case_owner_referral_status_change (
    id                  UUID         PRIMARY KEY,
    referral_id         UUID         NOT NULL REFERENCES case_owner_referral (id),
    status              VARCHAR(20)  NOT NULL,
    decline_reason_code VARCHAR(40),
    note                TEXT,
    changed_by          VARCHAR(200) NOT NULL,
    changed_by_org      VARCHAR(200),
    changed_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_owner_referral_status_change_referral
    ON case_owner_referral_status_change (referral_id, changed_at);

-- A notification is for a registered professional, or, for people outside the professional register, for a login
-- of an organisation (a provider's coach: org and subject) or for an organisation's coordinators (subject null).
ALTER TABLE notification ALTER COLUMN recipient_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN recipient_organisation VARCHAR(200);
ALTER TABLE notification ADD COLUMN recipient_user VARCHAR(200);
ALTER TABLE notification ADD CONSTRAINT notification_one_recipient
    CHECK ((recipient_id IS NOT NULL) <> (recipient_organisation IS NOT NULL));
CREATE UNIQUE INDEX notification_organisation_source
    ON notification (recipient_organisation, coalesce(recipient_user, ''), source_key) WHERE recipient_id IS NULL;
CREATE INDEX notification_organisation_feed
    ON notification (recipient_organisation, recipient_user, created_at DESC, id DESC) WHERE recipient_id IS NULL;
