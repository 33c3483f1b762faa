-- A record names who entered it: a job too, as meetings and employer contacts do (the coach, or a provider lead on
-- the coach's behalf). Jobs recorded before this keep no name.
ALTER TABLE job ADD COLUMN recorded_by VARCHAR(200);

-- Item 14 (the vocational profile within the first 2-3 meetings) needs the day the profile was first written; a
-- profile written before this is dated by its last update, the best known.
ALTER TABLE vocational_profile ADD COLUMN written_first_at TIMESTAMPTZ;
UPDATE vocational_profile SET written_first_at = updated_at;
ALTER TABLE vocational_profile ALTER COLUMN written_first_at SET NOT NULL;
