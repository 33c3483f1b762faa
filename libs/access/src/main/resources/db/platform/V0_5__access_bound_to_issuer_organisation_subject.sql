-- Access is bound to whom the token names: its issuer, organisation (org) and subject (sub) together, never to the
-- subject alone, so that a token of another organisation or issuer with the same sub inherits nothing (security
-- issue item 3). Rows learned before were all made for the trusted issuer's tokens and, for care relationships, for
-- the county's staff organisation (the one registers' user ids name); the placeholders are those settings.
ALTER TABLE care_relationship
    ADD COLUMN issuer       VARCHAR(500) NOT NULL DEFAULT '${polku_issuer}',
    ADD COLUMN organisation VARCHAR(200) NOT NULL DEFAULT '${polku_staff_organisation}';
ALTER TABLE care_relationship ALTER COLUMN issuer DROP DEFAULT, ALTER COLUMN organisation DROP DEFAULT;
ALTER TABLE care_relationship DROP CONSTRAINT care_relationship_pkey,
    ADD PRIMARY KEY (client_id, issuer, organisation, subject, kind, source_id);

-- A column with a default is added without updating rows, so the append-only trigger stays as it is.
ALTER TABLE emergency_access ADD COLUMN issuer VARCHAR(500) NOT NULL DEFAULT '${polku_issuer}';
ALTER TABLE emergency_access ALTER COLUMN issuer DROP DEFAULT;

-- The organisations a consent names are org claims of the trusted issuer's tokens.
ALTER TABLE consent_coverage ADD COLUMN issuer VARCHAR(500) NOT NULL DEFAULT '${polku_issuer}';
ALTER TABLE consent_coverage ALTER COLUMN issuer DROP DEFAULT;

DROP FUNCTION polku_access_basis(UUID, TEXT, TEXT, TEXT);
CREATE FUNCTION polku_access_basis(p_client UUID, p_issuer TEXT, p_org TEXT, p_subject TEXT, p_purposes TEXT)
        RETURNS TEXT AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM care_relationship r
                      WHERE r.client_id = p_client AND r.subject = p_subject AND r.organisation = p_org
                        AND r.issuer = p_issuer AND r.kind <> 'INTAKE_LOOKUP'
                        AND r.valid_from <= clock_timestamp()
                        AND (r.valid_until IS NULL OR r.valid_until > clock_timestamp()))
            THEN 'CARE_RELATIONSHIP'
        WHEN EXISTS (SELECT 1 FROM consent_coverage c
                      WHERE c.client_id = p_client AND c.organisation = p_org AND c.issuer = p_issuer
                        AND c.purpose = ANY (string_to_array(p_purposes, ','))
                        AND c.valid_from <= (clock_timestamp() AT TIME ZONE 'Europe/Helsinki')::date
                        AND (c.valid_until IS NULL OR c.valid_until >= (clock_timestamp() AT TIME ZONE 'Europe/Helsinki')::date)
                        AND (c.withdrawn_from IS NULL OR c.withdrawn_from > clock_timestamp()))
            THEN 'CONSENT'
        WHEN EXISTS (SELECT 1 FROM emergency_access e
                      WHERE e.client_id = p_client AND e.subject = p_subject AND e.organisation = p_org
                        AND e.issuer = p_issuer AND e.expires_at > clock_timestamp())
            THEN 'EMERGENCY_ACCESS'
        WHEN EXISTS (SELECT 1 FROM care_relationship r
                      WHERE r.client_id = p_client AND r.subject = p_subject AND r.organisation = p_org
                        AND r.issuer = p_issuer AND r.kind = 'INTAKE_LOOKUP'
                        AND r.valid_from <= clock_timestamp() AND r.valid_until > clock_timestamp())
            THEN 'INTAKE_LOOKUP'
    END
$$ LANGUAGE sql VOLATILE;
