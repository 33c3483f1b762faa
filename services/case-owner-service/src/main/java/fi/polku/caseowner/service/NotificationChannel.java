package fi.polku.caseowner.service;

import fi.polku.caseowner.domain.Notification;

/**
 * Delivery of a notification beyond the feed (e-mail, SMS, Suomi.fi Messages). Every bean implementing it is called
 * once per new notification, after the feed has it; a channel finds the professional's address in its own directory
 * by the recipient's professional id. See the README for plugging a county's gateway in.
 */
public interface NotificationChannel {

    void deliver(Notification notification);
}
