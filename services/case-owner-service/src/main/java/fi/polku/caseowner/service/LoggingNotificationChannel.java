package fi.polku.caseowner.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fi.polku.caseowner.domain.Notification;

/** The local channel: a log line with ids and the rule only (no client, no personal data). */
@ApplicationScoped
public class LoggingNotificationChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(LoggingNotificationChannel.class);

    @Override
    public void deliver(Notification notification) {
        if (notification.recipientId != null) {
            LOG.infof("Notification %s (%s) for professional %s", notification.id, notification.rule,
                    notification.recipientId);
        } else {
            LOG.infof("Notification %s (%s) for a login of organisation %s", notification.id, notification.rule,
                    notification.recipientOrganisation);
        }
    }
}
