-- Rotating a subscription's secret without a gap (issue 17): during the overlap the deliveries carry a signature
-- with the new secret and one with the previous secret (Standard Webhooks: "v1,<new> v1,<previous>"), so the
-- partner can switch its receiver to the new secret at any moment of the overlap.
ALTER TABLE webhook_subscription
    ADD COLUMN previous_secret        VARCHAR(200),
    ADD COLUMN previous_secret_until  TIMESTAMPTZ;
