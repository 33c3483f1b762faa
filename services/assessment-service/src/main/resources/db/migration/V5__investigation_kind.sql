-- Intake's FurtherInvestigationRequested v2 names each investigation by its kind; its words and who does it stay in
-- intake's team booking. Investigations requested before keep their words and have no kind.
ALTER TABLE investigation ADD COLUMN kind VARCHAR(40);
ALTER TABLE investigation ALTER COLUMN investigation DROP NOT NULL;
ALTER TABLE investigation ALTER COLUMN responsible DROP NOT NULL;
