package fi.polku.partner.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import fi.polku.partner.config.WebhookConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends the due deliveries on a thread of its own: claims a batch, sends it, settles each attempt, and waits for the
 * poll interval when nothing was due. Everything it needs is in the database, so after a restart it simply goes on
 * with the deliveries that were pending.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private volatile boolean running;
    private Thread worker;

    public Dispatcher(DeliveryQueue queue, WebhookSender sender, WebhookConfig config) {
        this.queue = queue;
        this.sender = sender;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.dispatch()) {
            return;
        }
        running = true;
        worker = new Thread(this::dispatchUntilStopped, "webhook-dispatcher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void dispatchUntilStopped() {
        while (running) {
            try {
                if (dispatchBatch() == 0) {
                    pause(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Webhook dispatch failed (%s); the deliveries stay pending and are retried",
                        e.getClass().getSimpleName());
                try {
                    pause(config.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    int dispatchBatch() {
        List<Attempt> attempts = queue.claimDue();
        List<Integer> statuses = sender.send(attempts);
        for (int i = 0; i < attempts.size(); i++) {
            queue.settle(attempts.get(i), statuses.get(i));
        }
        return attempts.size();
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
