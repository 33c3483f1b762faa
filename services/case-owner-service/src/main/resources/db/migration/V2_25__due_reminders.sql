-- Issue 17 §3: reminders whose due date another service tells with an event (coaching's follow-along contacts and
-- fidelity reviews), put into the responsible person's notification feed when due. Ids, codes and dates only.
CREATE TABLE due_reminder (
    source_key             VARCHAR(200) PRIMARY KEY,
    rule                   VARCHAR(40)  NOT NULL,
    -- the schedule it belongs to (an episode's contacts, a provider's review): a newer schedule replaces the
    -- reminders of the older one that have not fallen due yet
    schedule_key           VARCHAR(100) NOT NULL,
    client_id              UUID,
    reference_id           UUID,
    code                   VARCHAR(60),
    due_on                 DATE         NOT NULL,
    recipient_organisation VARCHAR(200) NOT NULL,
    -- null: the organisation's coordinators
    recipient_user         VARCHAR(200),
    scheduled_at           TIMESTAMPTZ  NOT NULL,
    notified_at            TIMESTAMPTZ
);
CREATE INDEX due_reminder_schedule ON due_reminder (schedule_key);
CREATE INDEX due_reminder_pending ON due_reminder (due_on) WHERE notified_at IS NULL;
