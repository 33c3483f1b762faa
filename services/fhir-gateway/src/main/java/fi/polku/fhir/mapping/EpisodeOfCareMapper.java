package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Reference;

import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.CaseOwnerViewCaseOwner;
import fi.polku.client.caseowner.model.Status;

/**
 * case-owner's clientship as an EpisodeOfCare: one per client (its id is the client id), the case owner as
 * {@code careManager}, the care network as its {@code team}. Open with an owner is active, open in the unassigned
 * queue is waitlist, closed is finished.
 */
@ApplicationScoped
public class EpisodeOfCareMapper {

    public EpisodeOfCare toEpisodeOfCare(CaseOwnerView clientship) {
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.setId(clientship.getClientId().toString());
        episode.setStatus(status(clientship));
        episode.setPatient(References.patient(clientship.getClientId()));
        episode.addTeam(new Reference("CareTeam/" + clientship.getClientId()));
        CaseOwnerViewCaseOwner owner = clientship.getCaseOwner();
        if (owner != null) {
            episode.setCareManager(References.professional(owner.getId(), owner.getName()));
            episode.getPeriod().setStartElement(Dates.dateTime(clientship.getAssignedAt()));
        }
        return episode;
    }

    static EpisodeOfCareStatus status(CaseOwnerView clientship) {
        if (!Boolean.TRUE.equals(clientship.getClientshipOpen())) {
            return EpisodeOfCareStatus.FINISHED;
        }
        return clientship.getStatus() == Status.ASSIGNED ? EpisodeOfCareStatus.ACTIVE : EpisodeOfCareStatus.WAITLIST;
    }
}
