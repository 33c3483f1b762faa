package fi.polku.reporting.export;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;

import fi.polku.platform.persistence.SqlValues;
import fi.polku.platform.time.ServiceTime;

/** The asynchronous exports and their result files in the reporting database. */
@ApplicationScoped
class ExportJobs {

    /** A result file: its part number and how many facts it holds. */
    record File(int part, int facts) {
    }

    private static final String COLUMNS = """
            id, requested_by, types, since, from_sequence, until_sequence, written_sequence, facts_total,
            facts_written, status, requested_at, completed_at, expires_at""";

    private final EntityManager entityManager;
    private final Duration retention;
    private final ServiceTime time;

    ExportJobs(EntityManager entityManager, ServiceTime time,
            @ConfigProperty(name = "polku.export.retention") Duration retention) {
        this.entityManager = entityManager;
        this.retention = retention;
        this.time = time;
    }

    ExportJob create(String requestedBy, FactSelection selection, long untilSequence, long factsTotal) {
        UUID id = UUID.randomUUID();
        Query insert = entityManager.createNativeQuery("""
                        INSERT INTO export_job (id, requested_by, types, since, from_sequence, until_sequence,
                                                written_sequence, facts_total, status, requested_at)
                        VALUES (:id, :by, :types, :since, :from, :until, :from, :total, 'IN_PROGRESS', :now)""")
                .setParameter("id", id)
                .setParameter("by", requestedBy)
                .setParameter("types", String.join(",", selection.typeNames()))
                .setParameter("from", selection.afterSequence())
                .setParameter("until", untilSequence)
                .setParameter("total", factsTotal)
                .setParameter("now", time.timestamp());
        insert.unwrap(NativeQuery.class).setParameter("since", selection.since(), OffsetDateTime.class);
        insert.executeUpdate();
        return find(id).orElseThrow();
    }

    /** The job, unless it has expired (its files are gone then). */
    Optional<ExportJob> find(UUID id) {
        return jobs(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM export_job WHERE id = :id"
                        + " AND (expires_at IS NULL OR expires_at > :now)")
                .setParameter("id", id)
                .setParameter("now", time.timestamp())).stream().findFirst();
    }

    /** The oldest unfinished job no other worker holds, locked until the caller's transaction ends. */
    Optional<ExportJob> claimUnfinished() {
        return jobs(entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM export_job"
                + " WHERE status = 'IN_PROGRESS' ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED")).stream()
                .findFirst();
    }

    /** Adds the job's next file and records how far the job got, in the caller's transaction. */
    void addFile(ExportJob job, List<String> lines, long writtenSequence) {
        entityManager.createNativeQuery("""
                        INSERT INTO export_file (job_id, part, facts, content)
                        SELECT :id, COALESCE(max(part), 0) + 1, :facts, :content FROM export_file WHERE job_id = :id""")
                .setParameter("id", job.id())
                .setParameter("facts", lines.size())
                .setParameter("content", lines.stream().map(line -> line + "\n").collect(Collectors.joining()))
                .executeUpdate();
        entityManager.createNativeQuery("""
                        UPDATE export_job SET written_sequence = :written, facts_written = facts_written + :facts
                        WHERE id = :id""")
                .setParameter("written", writtenSequence)
                .setParameter("facts", lines.size())
                .setParameter("id", job.id())
                .executeUpdate();
    }

    void complete(ExportJob job) {
        OffsetDateTime now = time.timestamp();
        entityManager.createNativeQuery("""
                        UPDATE export_job SET status = 'COMPLETED', completed_at = :now, expires_at = :expires
                        WHERE id = :id""")
                .setParameter("now", now)
                .setParameter("expires", now.plus(retention))
                .setParameter("id", job.id())
                .executeUpdate();
    }

    /** The parts and fact counts of a job's files, in order. */
    List<File> files(UUID id) {
        return entityManager.createNativeQuery(
                        "SELECT part, facts FROM export_file WHERE job_id = :id ORDER BY part")
                .setParameter("id", id)
                .getResultList().stream()
                .map(row -> new File(((Number) ((Object[]) row)[0]).intValue(),
                        ((Number) ((Object[]) row)[1]).intValue()))
                .toList();
    }

    Optional<String> fileContent(UUID id, int part) {
        return entityManager.createNativeQuery("SELECT content FROM export_file WHERE job_id = :id AND part = :part")
                .setParameter("id", id)
                .setParameter("part", part)
                .getResultList().stream().map(String.class::cast).findFirst();
    }

    /** Deletes a job with its files; a worker writing it meanwhile finds it gone. */
    void delete(UUID id) {
        entityManager.createNativeQuery("DELETE FROM export_job WHERE id = :id").setParameter("id", id)
                .executeUpdate();
    }

    /** Deletes the jobs (and with them the files) past their expiry. */
    int deleteExpired() {
        return entityManager.createNativeQuery("DELETE FROM export_job WHERE expires_at <= :now")
                .setParameter("now", time.timestamp()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<ExportJob> jobs(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(ExportJobs::job).toList();
    }

    private static ExportJob job(Object[] row) {
        FactSelection selection = new FactSelection(((Number) row[4]).longValue(), SqlValues.offsetDateTime(row[3]),
                Arrays.stream(((String) row[2]).split(",")).map(ExportFactType::valueOf)
                        .collect(Collectors.toSet()));
        return new ExportJob((UUID) row[0], (String) row[1], selection, ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue(),
                ExportJob.Status.valueOf((String) row[9]), SqlValues.offsetDateTime(row[10]),
                SqlValues.offsetDateTime(row[11]), SqlValues.offsetDateTime(row[12]));
    }
}
