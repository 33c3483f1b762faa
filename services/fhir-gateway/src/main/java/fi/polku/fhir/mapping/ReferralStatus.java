package fi.polku.fhir.mapping;

import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * Where a referral stands, as FHIR's referral pattern moves its Task. coaching's referrals carry the closed-loop
 * statuses of the partners issue (REQUESTED, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, CANCELLED), which map here
 * by name ({@link #valueOf}); for the referrals without a status of their own {@code fi.polku.fhir.service.Referrals}
 * derives one from what the receiver exposes (the team assessment a booking became, a directly referred episode).
 */
public enum ReferralStatus {

    REQUESTED(TaskStatus.REQUESTED),
    ACCEPTED(TaskStatus.ACCEPTED),
    DECLINED(TaskStatus.REJECTED),
    IN_PROGRESS(TaskStatus.INPROGRESS),
    COMPLETED(TaskStatus.COMPLETED),
    CANCELLED(TaskStatus.CANCELLED),
    /** The receiver could not carry it out, e.g. the client did not attend the team assessment. */
    FAILED(TaskStatus.FAILED);

    private final TaskStatus task;

    ReferralStatus(TaskStatus task) {
        this.task = task;
    }

    public TaskStatus task() {
        return task;
    }

    /** The receiver is done with it, one way or another. */
    public boolean ended() {
        return serviceRequest() != ServiceRequestStatus.ACTIVE;
    }

    /** The order's own status: active while the receiver has it, completed when done, revoked otherwise. */
    public ServiceRequestStatus serviceRequest() {
        return switch (this) {
            case REQUESTED, ACCEPTED, IN_PROGRESS -> ServiceRequestStatus.ACTIVE;
            case COMPLETED -> ServiceRequestStatus.COMPLETED;
            case DECLINED, CANCELLED, FAILED -> ServiceRequestStatus.REVOKED;
        };
    }
}
