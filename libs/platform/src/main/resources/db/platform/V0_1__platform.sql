-- Shared tables of libs/platform, created in every service's own database.

-- Transactional outbox in the Debezium EventRouter column shape (id, aggregatetype, aggregateid, type, payload):
-- aggregatetype holds the topic, aggregateid the record key (client id), payload the CloudEvent.
CREATE TABLE outbox_event (
    seq           BIGSERIAL    NOT NULL UNIQUE,
    id            UUID         PRIMARY KEY,
    aggregatetype VARCHAR(100) NOT NULL,
    aggregateid   VARCHAR(100) NOT NULL,
    type          VARCHAR(200) NOT NULL,
    payload       JSONB        NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at       TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;

-- Wakes the relay at commit instead of waiting for its next poll.
CREATE FUNCTION polku_outbox_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('polku_outbox', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION polku_outbox_notify();

-- Idempotent consumers: an event id is recorded per consumer in the transaction of its effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Responses of create requests sent with an Idempotency-Key.
CREATE TABLE idempotency_record (
    caller       VARCHAR(200) NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       INTEGER      NOT NULL,
    body         TEXT,
    location     TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idem_key)
);

-- Access log of the Client Data Act 703/2023. Append-only: the database refuses updates and deletes.
CREATE TABLE access_log (
    id            UUID         PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    service       VARCHAR(50)  NOT NULL,
    actor_subject VARCHAR(200) NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    actor_roles   VARCHAR(500) NOT NULL,
    actor_org     VARCHAR(200) NOT NULL,
    client_id     UUID         NOT NULL,
    action        VARCHAR(200) NOT NULL,
    purpose       VARCHAR(200) NOT NULL,
    outcome       VARCHAR(20)  NOT NULL
);
CREATE INDEX access_log_client ON access_log (client_id, occurred_at);

CREATE FUNCTION polku_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();
