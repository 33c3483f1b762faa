package fi.polku.coaching.service;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.Coach;
import fi.polku.coaching.repository.CoachRepository;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/**
 * A record names who entered it, and never under a colleague's name: the coach named on a record (an employer
 * contact's coach, the episode's coach for its meetings, jobs and profile) is the caller themselves (the coach's
 * userId is the token's subject), or a provider lead of the same provider records on the coach's behalf; the record
 * keeps the caller as who entered it.
 */
@ApplicationScoped
public class RecordedUnderOwnName {

    private final CoachRepository coaches;
    private final Caller caller;

    public RecordedUnderOwnName(CoachRepository coaches, Caller caller) {
        this.coaches = coaches;
        this.caller = caller;
    }

    /** The caller, as who entered the record, once they may record it under the coach's name. */
    public String recorderFor(Coach coach, String records) {
        String subject = caller.subject();
        boolean self = subject.equals(coach.userId);
        boolean lead = !self && coaches.byUser(coach.providerId, subject).filter(c -> c.providerLead).isPresent();
        if (!self && !lead) {
            throw ProblemException.forbidden("A coach records " + records + " only as themselves; a provider lead"
                    + " may record on a coach's behalf");
        }
        return subject;
    }
}
