-- LIITE 7 lists "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi kuntouttavassa työtoiminnassa" as
-- one sign with two alternatives. Checklists recorded with the two as separate signs get the one sign: met when either
-- was met (the alternative names which, the transition first), not met when both were not met, otherwise unknown.
ALTER TABLE readiness_checklist_item ALTER COLUMN sign TYPE VARCHAR(60);
ALTER TABLE readiness_checklist_item ADD COLUMN alternative VARCHAR(20);

INSERT INTO readiness_checklist_item (checklist_id, sign, status, note, alternative)
SELECT checklist_id, 'REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD',
       CASE WHEN bool_or(status = 'MET') THEN 'MET'
            WHEN bool_and(status = 'NOT_MET') AND count(*) = 2 THEN 'NOT_MET'
            ELSE 'UNKNOWN' END,
       left(string_agg(note, ' / ' ORDER BY sign DESC), 1000),
       CASE WHEN bool_or(sign = 'REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR' AND status = 'MET') THEN 'TRANSITION_NEAR'
            WHEN bool_or(sign = 'LONG_PERIOD_IN_REHABILITATIVE_WORK_ACTIVITY' AND status = 'MET') THEN 'LONG_PERIOD' END
  FROM readiness_checklist_item
 WHERE sign IN ('REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR', 'LONG_PERIOD_IN_REHABILITATIVE_WORK_ACTIVITY')
 GROUP BY checklist_id;

DELETE FROM readiness_checklist_item
 WHERE sign IN ('REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR', 'LONG_PERIOD_IN_REHABILITATIVE_WORK_ACTIVITY');
