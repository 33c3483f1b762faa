-- Pair work at intake (vastinparityöskentely, issue 15): the other professional of an interview held as pair work,
-- by login subject and organisation; both null when the interview was held alone.
ALTER TABLE initial_interview
    ADD COLUMN pair_work_partner_user_id      VARCHAR(200),
    ADD COLUMN pair_work_partner_organisation VARCHAR(200),
    ADD CONSTRAINT initial_interview_pair_work_partner_whole
        CHECK ((pair_work_partner_user_id IS NULL) = (pair_work_partner_organisation IS NULL));
