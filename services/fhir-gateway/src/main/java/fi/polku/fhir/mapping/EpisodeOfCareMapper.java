package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Reference;

import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.CaseOwnerViewCaseOwner;
import fi.polku.client.caseowner.model.Status;

/**
 * case-owner's clientship as an EpisodeOfCare: one per client (its id is the client id), the case owner as
 * {@code careManager}, the care network as its {@code team}, the clientship's start (registration or latest
 * reopening) to its closure as {@code period}, and as {@code type} intake's screening segment and the stage the
 * client has reached on the path. Open with an owner is active, open in the unassigned queue is waitlist, closed is
 * finished.
 */
@ApplicationScoped
public class EpisodeOfCareMapper {

    public EpisodeOfCare toEpisodeOfCare(CaseOwnerView clientship) {
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.setId(clientship.getClientId().toString());
        episode.setStatus(status(clientship));
        episode.setPatient(References.patient(clientship.getClientId()));
        episode.addTeam(new Reference("CareTeam/" + clientship.getClientId()));
        episode.getPeriod().setStartElement(Dates.dateTime(clientship.getClientshipStartedAt()))
                .setEndElement(Dates.dateTime(clientship.getClosedAt()));
        if (clientship.getSegment() != null) {
            episode.addType(new CodeableConcept(
                    new Coding(FhirSystems.SEGMENT, clientship.getSegment().getValue(), null)));
        }
        if (clientship.getStage() != null) {
            episode.addType(new CodeableConcept(
                    new Coding(FhirSystems.CLIENT_STAGE, clientship.getStage().getValue(), null)));
        }
        CaseOwnerViewCaseOwner owner = clientship.getCaseOwner();
        if (owner != null) {
            episode.setCareManager(References.professional(owner.getId(), owner.getName()));
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
