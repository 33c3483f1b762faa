-- The review's place (the form's "Paikka") and when the next review is due (LIITE 1, 11.2: half-yearly until a
-- review reaches 100 points, then yearly). Reviews recorded before keep no place; their due date follows the rule.
ALTER TABLE fidelity_review ADD COLUMN place VARCHAR(200);
ALTER TABLE fidelity_review ADD COLUMN next_review_due DATE;
UPDATE fidelity_review
   SET next_review_due = CAST(review_date + CASE WHEN total >= 100 THEN INTERVAL '12 months' ELSE INTERVAL '6 months' END AS DATE);
ALTER TABLE fidelity_review ALTER COLUMN next_review_due SET NOT NULL;
