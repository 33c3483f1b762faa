-- Events carry no free text: an emergency access travels with the category of its reason, and the written reason
-- stays in the service where it was taken (emergency_access_reason). Rows learned earlier keep their reason.
ALTER TABLE emergency_access ADD COLUMN reason_category VARCHAR(40);
ALTER TABLE emergency_access ALTER COLUMN reason DROP NOT NULL;

CREATE TABLE emergency_access_reason (
    emergency_access_id UUID          PRIMARY KEY,
    reason              VARCHAR(1000) NOT NULL
);
CREATE TRIGGER emergency_access_reason_append_only BEFORE UPDATE OR DELETE ON emergency_access_reason
    FOR EACH ROW EXECUTE FUNCTION polku_refuse_change();
CREATE TRIGGER emergency_access_reason_no_truncate BEFORE TRUNCATE ON emergency_access_reason
    FOR EACH STATEMENT EXECUTE FUNCTION polku_refuse_change();
