-- The referral states of the gap watch and the unanswered-referral reminder now hold assessment referrals (a case
-- owner's referral to a work-ability team) beside coaching referrals: one rule for both (issue 17 §1). The receiver
-- is the provider's business ID for coaching and the team's id for assessment.
ALTER TABLE coaching_referral_state RENAME TO referral_state;
ALTER TABLE referral_state RENAME COLUMN provider_organisation TO receiver;
ALTER TABLE referral_state ADD COLUMN service VARCHAR(20) NOT NULL DEFAULT 'COACHING';
ALTER TABLE referral_state ALTER COLUMN service DROP DEFAULT;
ALTER INDEX coaching_referral_state_client RENAME TO referral_state_client;
ALTER INDEX coaching_referral_state_waiting RENAME TO referral_state_waiting;
