-- A record opened at intake's front desk after a lookup by identity code is its own, short-lived basis
-- (INTAKE_LOOKUP), shown as such in the access log; every other care relationship counts first.
CREATE OR REPLACE FUNCTION polku_access_basis(p_client UUID, p_subject TEXT, p_org TEXT, p_purposes TEXT) RETURNS TEXT AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM care_relationship r
                      WHERE r.client_id = p_client AND r.subject = p_subject AND r.kind <> 'INTAKE_LOOKUP'
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
        WHEN EXISTS (SELECT 1 FROM care_relationship r
                      WHERE r.client_id = p_client AND r.subject = p_subject AND r.kind = 'INTAKE_LOOKUP'
                        AND r.valid_from <= clock_timestamp() AND r.valid_until > clock_timestamp())
            THEN 'INTAKE_LOOKUP'
    END
$$ LANGUAGE sql VOLATILE;
