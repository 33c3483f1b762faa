-- A coach change's reason as a code (it travels in CoachChanged); the free-text reason stays here, needed for OTHER.
ALTER TABLE coach_change ADD COLUMN reason_code VARCHAR(40) NOT NULL DEFAULT 'OTHER';
ALTER TABLE coach_change ALTER COLUMN reason_code DROP DEFAULT;
ALTER TABLE coach_change ALTER COLUMN reason DROP NOT NULL;
