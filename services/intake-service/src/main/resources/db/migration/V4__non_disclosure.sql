-- A non-disclosure order for personal safety (turvakielto, Population Information System), while it holds: where
-- intake learned of it (the register, or the client told), who recorded it and when. Other services, events and
-- reports then get no municipality and a nonDisclosure marker instead (security issue item 15).
ALTER TABLE client
    ADD COLUMN non_disclosure_source      VARCHAR(30),
    ADD COLUMN non_disclosure_recorded_by VARCHAR(200),
    ADD COLUMN non_disclosure_recorded_at TIMESTAMPTZ,
    ADD CONSTRAINT client_non_disclosure_whole CHECK (
        (non_disclosure_source IS NULL) = (non_disclosure_recorded_by IS NULL)
        AND (non_disclosure_source IS NULL) = (non_disclosure_recorded_at IS NULL));
