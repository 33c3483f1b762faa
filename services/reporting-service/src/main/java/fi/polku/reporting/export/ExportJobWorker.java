package fi.polku.reporting.export;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes the asynchronous exports' files in the background, one file per transaction: the job's progress is
 * committed with each file, so after a restart the worker goes on after the last file written. Jobs are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without writing a file twice.
 */
@ApplicationScoped
class ExportJobWorker {

    private static final Logger LOG = Logger.getLogger(ExportJobWorker.class);
    private static final Duration IDLE = Duration.ofMillis(500);

    private final ExportJobs jobs;
    private final ExportFacts facts;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper mapper;
    private final int factsPerFile;
    private volatile boolean running;
    private Thread worker;

    ExportJobWorker(ExportJobs jobs, ExportFacts facts, Pseudonyms pseudonyms, ObjectMapper mapper,
            @ConfigProperty(name = "polku.export.facts-per-file") int factsPerFile) {
        this.jobs = jobs;
        this.facts = facts;
        this.pseudonyms = pseudonyms;
        this.mapper = mapper;
        this.factsPerFile = factsPerFile;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::workUntilStopped, "export-jobs");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void workUntilStopped() {
        while (running) {
            try {
                boolean worked = QuarkusTransaction.requiringNew().call(this::writeNextFile);
                if (!worked) {
                    QuarkusTransaction.requiringNew().run(jobs::deleteExpired);
                    Thread.sleep(IDLE.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Export worker could not write a file (%s); retrying", e.getClass().getSimpleName());
                pause();
            }
        }
    }

    /** Writes the next file of the oldest unfinished job, or completes it; false when there is no such job. */
    boolean writeNextFile() {
        return jobs.claimUnfinished().map(job -> {
            List<StoredFact> batch = facts.after(job.selection().after(job.writtenSequence()), job.untilSequence(),
                    factsPerFile);
            if (batch.isEmpty()) {
                jobs.complete(job);
            } else {
                jobs.addFile(job, batch.stream().map(this::line).toList(),
                        batch.get(batch.size() - 1).sequence());
            }
            return true;
        }).orElse(false);
    }

    private String line(StoredFact fact) {
        try {
            return mapper.writeValueAsString(ExportFact.of(fact, pseudonyms));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(IDLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
