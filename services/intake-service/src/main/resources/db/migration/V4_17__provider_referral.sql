-- The coaching referrals to providers as coaching announces them (CoachingReferralStatusChanged, issue 15): a
-- provider's coach records the consent the provider collected only for a client the county referred to it. One row
-- per referral, its latest status; the provider's business ID is null while the referral names no provider.
CREATE TABLE provider_referral (
    referral_id           UUID PRIMARY KEY,
    client_id             UUID         NOT NULL,
    provider_organisation VARCHAR(100),
    status                VARCHAR(20)  NOT NULL,
    changed_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX provider_referral_client ON provider_referral (client_id, provider_organisation);
