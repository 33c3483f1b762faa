-- Who may see a client, learned from events (libs/platform fi.polku.platform.access), in every service's database.

-- A professional's care relationship with a client: case owner, care network member, assessing team member, or
-- the intake worker handling the client. changed_at is the time of the event that last changed the row, so that
-- a late or repeated older event never reopens what a newer one ended.
CREATE TABLE care_relationship (
    client_id   UUID         NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    source_id   VARCHAR(100) NOT NULL,
    valid_from  TIMESTAMPTZ  NOT NULL,
    valid_until TIMESTAMPTZ,
    changed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (client_id, subject, kind, source_id)
);
CREATE INDEX care_relationship_subject ON care_relationship (subject, client_id);

-- An organisation named in a client's consent, for one purpose, on Finnish calendar days, until withdrawn.
CREATE TABLE consent_coverage (
    consent_id     UUID         NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    client_id      UUID         NOT NULL,
    purpose        VARCHAR(60)  NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_until    DATE,
    withdrawn_from TIMESTAMPTZ,
    PRIMARY KEY (consent_id, organisation)
);
CREATE INDEX consent_coverage_organisation ON consent_coverage (organisation, client_id);

-- Emergency ("break the glass") accesses; a record for supervisors' review, so append-only like the access log.
CREATE TABLE emergency_access (
    id           UUID          PRIMARY KEY,
    client_id    UUID          NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    actor_name   VARCHAR(200)  NOT NULL,
    organisation VARCHAR(200)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    service      VARCHAR(50)   NOT NULL,
    granted_at   TIMESTAMPTZ   NOT NULL,
    expires_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX emergency_access_subject ON emergency_access (subject, client_id, expires_at);
CREATE INDEX emergency_access_granted ON emergency_access (granted_at);
CREATE TRIGGER emergency_access_append_only BEFORE UPDATE OR DELETE ON emergency_access
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER emergency_access_no_truncate BEFORE TRUNCATE ON emergency_access
    FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();

-- On what basis the caller may process the client's data now, or NULL. The one rule every service applies, to
-- single requests and, inside queries, to lists (so that counts include only visible clients). "Now" is the clock,
-- not the transaction's start, so that a relationship opened earlier in the same transaction already counts.
CREATE FUNCTION polku_access_basis(p_client UUID, p_subject TEXT, p_org TEXT, p_purposes TEXT) RETURNS TEXT AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM care_relationship r
                      WHERE r.client_id = p_client AND r.subject = p_subject
                        AND r.valid_from <= clock_timestamp()
                        AND (r.valid_until IS NULL OR r.valid_until > clock_timestamp()))
            THEN 'CARE_RELATIONSHIP'
        WHEN EXISTS (SELECT 1 FROM consent_coverage c
                      WHERE c.client_id = p_client AND c.organisation = p_org
                        AND c.purpose = ANY (string_to_array(p_purposes, ','))
                        AND c.valid_from <= (clock_timestamp() AT TIME ZONE 'Europe/Helsinki')::date
                        AND (c.valid_until IS NULL OR c.valid_until >= (clock_timestamp() AT TIME ZONE 'Europe/Helsinki')::date)
                        AND (c.withdrawn_from IS NULL OR c.withdrawn_from > clock_timestamp()))
            THEN 'CONSENT'
        WHEN EXISTS (SELECT 1 FROM emergency_access e
                      WHERE e.client_id = p_client AND e.subject = p_subject AND e.expires_at > clock_timestamp())
            THEN 'EMERGENCY_ACCESS'
    END
$$ LANGUAGE sql VOLATILE;

-- The basis of each allowed access, so that emergency accesses and consent-based disclosures show as such.
ALTER TABLE access_log ADD COLUMN basis VARCHAR(30);
