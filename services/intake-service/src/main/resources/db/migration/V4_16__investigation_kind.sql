-- A further investigation's kind as a code (it travels in FurtherInvestigationRequested.v2); the investigation in
-- words and who does it stay here. Investigations booked before have none but their words: OTHER.
ALTER TABLE team_booking_investigation ADD COLUMN kind VARCHAR(40) NOT NULL DEFAULT 'OTHER';
ALTER TABLE team_booking_investigation ALTER COLUMN kind DROP DEFAULT;
