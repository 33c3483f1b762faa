-- Issue 17: what this service learns of coaching referrals (for the gap watch: unanswered past the answer day, or
-- declined and not sent elsewhere yet), and each professional's notification feed.
CREATE TABLE coaching_referral_state (
    referral_id            UUID         PRIMARY KEY,
    client_id              UUID         NOT NULL,
    provider_organisation  VARCHAR(200),
    status                 VARCHAR(20)  NOT NULL,
    reason_code            VARCHAR(30),
    answer_due_by          DATE         NOT NULL,
    changed_at             TIMESTAMPTZ  NOT NULL,
    -- a later referral of the client replaced this declined or cancelled one
    superseded             BOOLEAN      NOT NULL DEFAULT false,
    -- when the case owner was told the referral was not answered in time
    unanswered_notified_at TIMESTAMPTZ
);
CREATE INDEX coaching_referral_state_client ON coaching_referral_state (client_id);
CREATE INDEX coaching_referral_state_waiting ON coaching_referral_state (answer_due_by) WHERE status = 'REQUESTED';

-- One notification for one professional: codes and ids only (the client id, the event's type, a reason code), no
-- identity code and no free text. source_key (an event id, or a reminder's own key) makes each notify once.
CREATE TABLE notification (
    id           UUID          PRIMARY KEY,
    recipient_id UUID          NOT NULL REFERENCES professional (id),
    rule         VARCHAR(40)   NOT NULL,
    client_id    UUID,
    event_type   VARCHAR(200),
    reference_id UUID,
    code         VARCHAR(60),
    occurred_at  TIMESTAMPTZ   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    read_at      TIMESTAMPTZ,
    source_key   VARCHAR(200)  NOT NULL,
    version      BIGINT        NOT NULL,
    UNIQUE (recipient_id, source_key)
);
CREATE INDEX notification_feed ON notification (recipient_id, created_at DESC, id DESC);
