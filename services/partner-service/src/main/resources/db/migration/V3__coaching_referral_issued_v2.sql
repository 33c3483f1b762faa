-- Assessment publishes CoachingReferralIssued as v2 (no reason in words; a partner never received it anyway): the
-- subscriptions to v1 receive v2 instead, with the same fields.
UPDATE webhook_subscription
   SET event_types = array_replace(event_types, 'fi.polku.assessment.CoachingReferralIssued.v1',
                                   'fi.polku.assessment.CoachingReferralIssued.v2')
 WHERE 'fi.polku.assessment.CoachingReferralIssued.v1' = ANY (event_types);
