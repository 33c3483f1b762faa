-- Webhook subscriptions of partner organisations and their deliveries (issue 17 §2). Pending deliveries live here,
-- not in memory, so a restart of the service loses none of them.
CREATE TABLE webhook_subscription (
    id             UUID          PRIMARY KEY,
    organisation   VARCHAR(100)  NOT NULL,
    callback_url   VARCHAR(2000) NOT NULL,
    event_types    TEXT[]        NOT NULL,
    purpose        VARCHAR(40)   NOT NULL,
    -- the Standard Webhooks secret in its whsec_<base64> form; it signs every delivery, so it is kept as given
    secret         VARCHAR(200)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    failing_since  TIMESTAMPTZ,
    created_by     VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX webhook_subscription_by_organisation ON webhook_subscription (organisation, created_at, id);

-- The partner's view of an event (only the allowed fields), stored once and signed byte for byte as it is here.
CREATE TABLE partner_event (
    event_id     VARCHAR(200) PRIMARY KEY,
    type         VARCHAR(200) NOT NULL,
    client_id    UUID         NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    body         TEXT         NOT NULL
);

CREATE TABLE webhook_delivery (
    id                UUID         PRIMARY KEY,
    -- arrival order in this service: a subscription's deliveries for one client go out in this order
    seq               BIGSERIAL    NOT NULL UNIQUE,
    subscription_id   UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id          VARCHAR(200) NOT NULL REFERENCES partner_event (event_id),
    event_type        VARCHAR(200) NOT NULL,
    client_id         UUID         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    last_status_code  INTEGER,
    created_at        TIMESTAMPTZ  NOT NULL,
    first_attempt_at  TIMESTAMPTZ,
    last_attempt_at   TIMESTAMPTZ,
    next_attempt_at   TIMESTAMPTZ  NOT NULL,
    delivered_at      TIMESTAMPTZ,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, client_id, seq) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq);
CREATE INDEX webhook_delivery_of_client ON webhook_delivery (client_id) WHERE status = 'PENDING';
