-- Every lookup by identity code, hit, miss or refused for a burst, for the auditor (the code itself is never kept:
-- a miss has no client to name, a hit names the client). Append-only like the access log.
CREATE TABLE identity_lookup (
    id             UUID         PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_subject  VARCHAR(200) NOT NULL,
    actor_org      VARCHAR(200) NOT NULL,
    actor_roles    VARCHAR(200) NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    client_id      UUID,
    intake_reason  VARCHAR(500)
);
CREATE INDEX identity_lookup_actor ON identity_lookup (actor_subject, actor_org, occurred_at);
CREATE INDEX identity_lookup_occurred ON identity_lookup (occurred_at);
CREATE TRIGGER identity_lookup_append_only BEFORE UPDATE OR DELETE ON identity_lookup
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER identity_lookup_no_truncate BEFORE TRUNCATE ON identity_lookup
    FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();
