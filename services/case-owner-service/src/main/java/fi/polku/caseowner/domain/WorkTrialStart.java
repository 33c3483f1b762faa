package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work trial (a coaching job of kind WORK_TRIAL) that started, which the client's activation plan must record. */
@Entity
@Table(name = "work_trial_start")
public class WorkTrialStart {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    public static WorkTrialStart of(UUID jobId, UUID clientId, LocalDate startDate) {
        WorkTrialStart start = new WorkTrialStart();
        start.jobId = jobId;
        start.clientId = clientId;
        start.startDate = startDate;
        return start;
    }
}
